package cn.liaocheng.jobs.applications;

import static cn.liaocheng.jobs.applications.QuestionType.DATE;
import static cn.liaocheng.jobs.applications.QuestionType.DOCUMENT;
import static cn.liaocheng.jobs.applications.QuestionType.LONG_TEXT;
import static cn.liaocheng.jobs.applications.QuestionType.MULTIPLE_CHOICE;
import static cn.liaocheng.jobs.applications.QuestionType.NUMBER;
import static cn.liaocheng.jobs.applications.QuestionType.PHONE;
import static cn.liaocheng.jobs.applications.QuestionType.SHORT_TEXT;
import static cn.liaocheng.jobs.applications.QuestionType.SINGLE_CHOICE;
import static cn.liaocheng.jobs.applications.QuestionType.YES_NO;

import cn.liaocheng.jobs.applications.FormDefinition.FormKind;
import cn.liaocheng.jobs.applications.Question.DateRule;
import cn.liaocheng.jobs.catalogue.Offer;
import cn.liaocheng.jobs.catalogue.OfferSubtype;
import cn.liaocheng.jobs.profile.ContactPreference;
import cn.liaocheng.jobs.profile.Education;
import cn.liaocheng.jobs.profile.Household;
import cn.liaocheng.jobs.profile.SupportNeed;
import cn.liaocheng.jobs.shared.County;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every application form, one per kind of offer, written as data for the one form engine. The questions follow the
 * 2023 action plan's measures: what the course or loan is for, and what staff need to call the person back.
 * Every offer subtype has a form; those without their own get the general employment-programme form.
 */
public final class Forms {

    /** 创业担保贷款 and the Agricultural Bank's loans, when the offer names no amounts. */
    static final long DEFAULT_LOAN_MIN = 1_000, DEFAULT_LOAN_MAX = 300_000;

    private Forms() {
    }

    public static FormDefinition forOffer(Offer offer) {
        var form = forSubtype(offer.subtype());
        if (offer.amountMaxYuan() == null) {
            return form;
        }
        long low = offer.amountMinYuan() == null ? DEFAULT_LOAN_MIN : offer.amountMinYuan();
        long high = offer.amountMaxYuan();
        // The offer's own limits replace the default ones, so the message names the amounts on its page.
        var steps = form.steps().stream().map(step -> new Step(step.id(), step.questions().stream()
                .map(q -> q.id().equals("loan-amount") ? q.between(low, high) : q).toList())).toList();
        return new FormDefinition(form.kind(), steps);
    }

    public static FormDefinition forSubtype(OfferSubtype subtype) {
        return switch (subtype) {
            case VOCATIONAL, AGRICULTURAL, MASSAGE, ONLINE -> training(subtype);
            case ASSESSMENT -> form(FormKind.ASSESSMENT, where(), background(),
                    Step.of("work-wish", Question.of("work-interest", LONG_TEXT),
                            Question.of("worked-before", YES_NO),
                            Question.of("last-job", SHORT_TEXT).shownIf("worked-before", Answers.YES)),
                    Step.of("assessment-date", Question.of("preferred-date", DATE).optional()
                            .dates(DateRule.NOT_IN_PAST)),
                    support(), contact());
            case ZONE -> form(FormKind.INCUBATION, where(), business(), registered(),
                    Step.of("space", Question.of("space-sqm", NUMBER).between(5L, 500L).counting("application.unit.sqm"),
                            employees()),
                    support(), contact());
            case GUARANTEED_STARTUP -> form(FormKind.GUARANTEED_LOAN, where(), amount(), purpose(),
                    Step.of("plan", Question.of("business-plan", LONG_TEXT),
                            Question.of("business-plan-document", DOCUMENT).optional()),
                    registered(), certificate(), contact());
            case ABC_REFERRAL -> form(FormKind.ABC_REFERRAL, where(),
                    Step.of("borrower", Question.choice("borrower", SINGLE_CHOICE, "SELF", "FAMILY_MEMBER", "LEADER")),
                    amount(), purpose(), certificate(), contact());
            case PUBLIC_WELFARE_POST -> form(FormKind.PUBLIC_WELFARE_POST, where(),
                    Step.of("post", Question.choice("post-kinds", MULTIPLE_CHOICE,
                            "CLEANING", "GATE", "VILLAGE_SERVICE", "GREENING", "OTHER")),
                    Step.of("hours", Question.of("hours-per-day", NUMBER).between(1L, 8L).counting("application.unit.hours")),
                    Step.of("hardship", Question.of("hardship-certified", YES_NO)),
                    certificate(), support(), contact());
            case ASSISTED_EMPLOYMENT -> form(FormKind.ASSISTED_EMPLOYMENT, where(),
                    Step.of("activities", Question.choice("activities", MULTIPLE_CHOICE,
                            "HANDICRAFT", "PACKAGING", "FARMING", "CLEANING", "OTHER")),
                    Step.of("transport", Question.of("needs-transport", YES_NO)),
                    Step.of("carer", Question.of("carer-name", SHORT_TEXT).optional(),
                            Question.of("carer-phone", PHONE).optional()),
                    support(), contact());
            case GRADUATE -> form(FormKind.GRADUATE,
                    Step.of("study", Question.of("school", SHORT_TEXT), Question.of("major", SHORT_TEXT),
                            graduationYear()),
                    Step.of("situation", Question.choice("graduate-status", SINGLE_CHOICE,
                            "SEEKING", "EMPLOYED", "STUDYING", "OTHER")),
                    Step.of("job-wish", Question.of("job-wish", LONG_TEXT), Question.of("public-post-ok", YES_NO)),
                    where(), support(), contact());
            default -> form(FormKind.EMPLOYMENT, where(),
                    Step.of("help", Question.of("help-wanted", LONG_TEXT)),
                    experience(),
                    Step.of("start", Question.of("available-from", DATE).optional().dates(DateRule.NOT_IN_PAST)),
                    support(), contact());
        };
    }

    private static FormDefinition training(OfferSubtype subtype) {
        var steps = new ArrayList<>(List.of(where(), background(), experience()));
        switch (subtype) {
            case AGRICULTURAL -> steps.add(Step.of("farming", Question.of("farm-land", YES_NO),
                    Question.of("farm-land-mu", NUMBER).between(0L, 10_000L).counting("application.unit.mu")
                            .shownIf("farm-land", Answers.YES),
                    Question.of("crops", SHORT_TEXT).optional()));
            case MASSAGE -> steps.add(Step.of("massage",
                    Question.choice("massage-certificate", SINGLE_CHOICE, "NONE", "HEALTH", "MEDICAL")));
            case ONLINE -> steps.add(Step.of("device",
                    Question.choice("device", SINGLE_CHOICE, "SMARTPHONE", "COMPUTER", "NONE"),
                    Question.of("needs-device-help", YES_NO)));
            default -> { }
        }
        steps.add(Step.of("goal", Question.choice("training-goal", SINGLE_CHOICE,
                "FIND_JOB", "START_BUSINESS", "IMPROVE_WORK", "OTHER")));
        steps.add(support());
        steps.add(contact());
        return new FormDefinition(FormKind.TRAINING, steps);
    }

    private static FormDefinition form(FormKind kind, Step... steps) {
        return new FormDefinition(kind, List.of(steps));
    }

    private static Step where() {
        return Step.of("where", county(), township(), household());
    }

    // The questions other forms ask too (the eligibility checker): asked in the same words everywhere, and an answer
    // given there fits the application that follows.

    public static Question county() {
        return Question.of("county", SINGLE_CHOICE).withOptions(Arrays.stream(County.values())
                .map(c -> new Question.Choice(c.name(), c.messageKey())).toList()).prefilledFrom(Prefill.COUNTY);
    }

    public static Question township() {
        return Question.of("township", SHORT_TEXT).prefilledFrom(Prefill.TOWNSHIP);
    }

    public static Question household() {
        return Question.choice("household", SINGLE_CHOICE, names(Household.values())).prefilledFrom(Prefill.HOUSEHOLD);
    }

    public static Question graduationYear() {
        return Question.of("graduation-year", NUMBER).between(1980L, 2040L).prefilledFrom(Prefill.GRADUATION_YEAR);
    }

    private static Step background() {
        return Step.of("background", Question.choice("education", SINGLE_CHOICE, names(Education.values()))
                .prefilledFrom(Prefill.EDUCATION));
    }

    /** The profile's own values, so that a pre-filled answer always matches one of the options. */
    private static String[] names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toArray(String[]::new);
    }

    private static Step experience() {
        return Step.of("experience", Question.of("worked-before", YES_NO),
                Question.of("last-job", LONG_TEXT).shownIf("worked-before", Answers.YES));
    }

    private static Step business() {
        return Step.of("business", Question.of("business-idea", LONG_TEXT),
                Question.choice("business-type", SINGLE_CHOICE,
                        "RETAIL", "HANDICRAFT", "ONLINE_SHOP", "FARMING", "SERVICES", "OTHER"));
    }

    private static Step registered() {
        return Step.of("registered", Question.of("business-registered", YES_NO),
                Question.of("business-started", DATE).dates(DateRule.NOT_IN_FUTURE)
                        .shownIf("business-registered", Answers.YES));
    }

    private static Question employees() {
        return Question.of("employees", NUMBER).between(0L, 500L).counting("application.unit.people");
    }

    private static Step amount() {
        return Step.of("amount", Question.of("loan-amount", NUMBER).inYuan().between(DEFAULT_LOAN_MIN, DEFAULT_LOAN_MAX));
    }

    private static Step purpose() {
        return Step.of("purpose", Question.choice("loan-purpose", SINGLE_CHOICE,
                        "EQUIPMENT", "STOCK", "PREMISES", "WORKING_CAPITAL", "OTHER"),
                Question.of("loan-purpose-detail", LONG_TEXT).optional());
    }

    /**
     * A photo or scan of the 残疾人证, for the offers where the 2023 plan ties money or a paid post to the certificate:
     * both loans (the guarantee fund and the bank check it) and public-welfare posts. Other forms rely on the
     * certificate number in the profile, which staff check against the national register.
     */
    private static Step certificate() {
        return Step.of("certificate", Question.of("certificate-photo", DOCUMENT));
    }

    private static Step support() {
        return Step.of("support", Question.choice("support-needs", MULTIPLE_CHOICE, names(SupportNeed.values())).optional()
                        .prefilledFrom(Prefill.SUPPORT_NEEDS),
                Question.of("other-needs", LONG_TEXT).optional());
    }

    private static Step contact() {
        return Step.of("contact", Question.choice("contact-preference", SINGLE_CHOICE, names(ContactPreference.values()))
                        .prefilledFrom(Prefill.CONTACT_PREFERENCE),
                Question.of("phone", PHONE).prefilledFrom(Prefill.PHONE));
    }
}
