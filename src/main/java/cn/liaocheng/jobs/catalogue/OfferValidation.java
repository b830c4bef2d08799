package cn.liaocheng.jobs.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The rules an offer must meet before it is stored, each with the field it belongs to, in the form's order. */
final class OfferValidation {

    // 0635-8212345, 13800000000, +86 …, (0635) 8212345: digits with the separators people write.
    private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{5,30}");
    private static final Pattern PLAN_MEASURE = Pattern.compile(".{1,20}");

    private OfferValidation() {}

    /**
     * @param seatsTaken seats approved applications hold already (0 for a new offer): the total may not go below it
     */
    static List<OfferProblem> problems(OfferEdit edit, boolean countyAllowed, int seatsTaken) {
        var problems = new ArrayList<OfferProblem>();
        if (edit.subtype() == null || edit.subtype().kind() != edit.kind()) {
            problems.add(OfferProblem.of("subtype", "offer.edit.error.subtype"));
        }
        if (edit.county() == null) {
            problems.add(OfferProblem.of("county", "offer.edit.error.county"));
        } else if (!countyAllowed) {
            problems.add(OfferProblem.of("county", "offer.edit.error.county.not-yours"));
        }
        for (var field : OfferTextField.values()) {
            var text = edit.text(field);
            if (field.required() && text.zh().isBlank()) {
                problems.add(OfferProblem.of(field.key() + ".zh", "offer.edit.error.required." + field.key()));
            }
            if (text.zh().strip().length() > field.maxLength()) {
                problems.add(OfferProblem.of(field.key() + ".zh", "offer.edit.error.too-long", field.maxLength()));
            }
            if (text.en().strip().length() > field.maxLength()) {
                problems.add(OfferProblem.of(field.key() + ".en", "offer.edit.error.too-long", field.maxLength()));
            }
            if (!text.en().isBlank() && text.zh().isBlank()) {
                problems.add(OfferProblem.of(field.key() + ".zh", "offer.edit.error.english-without-chinese"));
            }
        }
        if (edit.contactPhone().isBlank()) {
            problems.add(OfferProblem.of("contact-phone", "offer.edit.error.phone"));
        } else if (!PHONE.matcher(edit.contactPhone().strip()).matches()) {
            problems.add(OfferProblem.of("contact-phone", "offer.edit.error.phone.format"));
        }
        if (!PLAN_MEASURE.matcher(edit.planMeasure().strip()).matches()) {
            problems.add(OfferProblem.of("plan-measure", "offer.edit.error.plan-measure"));
        }
        negative(problems, "amount-min", edit.amountMinYuan());
        negative(problems, "amount-max", edit.amountMaxYuan());
        if (edit.amountMinYuan() != null && edit.amountMaxYuan() == null) {
            problems.add(OfferProblem.of("amount-max", "offer.edit.error.amount.max-missing"));
        }
        if (edit.amountMinYuan() != null && edit.amountMaxYuan() != null && edit.amountMaxYuan() < edit.amountMinYuan()) {
            problems.add(OfferProblem.of("amount-max", "offer.edit.error.amount.order"));
        }
        if (edit.spaceSqm() != null && edit.spaceSqm() <= 0) {
            problems.add(OfferProblem.of("space", "offer.edit.error.space"));
        }
        negative(problems, "seats-total", edit.seatsTotal());
        if (edit.seatsTotal() != null && edit.seatsTotal() >= 0 && edit.seatsTotal() < seatsTaken) {
            problems.add(OfferProblem.of("seats-total", "offer.edit.error.seats.taken", seatsTaken));
        }
        if (edit.startsOn() == null && edit.endsOn() != null) {
            problems.add(OfferProblem.of("starts-on", "offer.edit.error.starts-on.missing"));
        }
        if (edit.startsOn() != null && edit.endsOn() != null && edit.endsOn().isBefore(edit.startsOn())) {
            problems.add(OfferProblem.of("ends-on", "offer.edit.error.ends-on.order"));
        }
        if (edit.applicationsOpenFrom() != null && edit.applicationsCloseOn() != null
                && edit.applicationsCloseOn().isBefore(edit.applicationsOpenFrom())) {
            problems.add(OfferProblem.of("applications-close-on", "offer.edit.error.close-on.order"));
        }
        if (edit.suitableFor().isEmpty()) {
            problems.add(OfferProblem.of("suitable-for", "offer.edit.error.suitable-for"));
        }
        return problems;
    }

    private static void negative(List<OfferProblem> problems, String field, @Nullable Integer value) {
        if (value != null && value < 0) {
            problems.add(OfferProblem.of(field, "offer.edit.error.negative"));
        }
    }
}
