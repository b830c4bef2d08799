package cn.liaocheng.jobs.applications;

import cn.liaocheng.jobs.catalogue.Offer;
import cn.liaocheng.jobs.profile.ApplicantFacts;
import cn.liaocheng.jobs.profile.SupportNeed;
import java.util.LinkedHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * First answers from what the portal already knows, so nobody is asked twice: the profile's facts, and the offer
 * where the profile is silent. Only values the question offers are filled in.
 */
@Component
class Prefiller {

    Answers answers(FormDefinition form, ApplicantFacts facts, Offer offer) {
        var values = new LinkedHashMap<String, Object>();
        form.steps().forEach(step -> step.questions().forEach(question -> {
            if (question.prefill() != null) {
                var value = value(question.prefill(), facts, offer);
                if (value != null && fits(question, value)) {
                    values.put(question.id(), value);
                }
            }
        }));
        return Answers.of(values);
    }

    /** Without a profile, the offer's county is still a good first answer. */
    Answers answers(FormDefinition form, Offer offer) {
        var values = new LinkedHashMap<String, Object>();
        form.question("county").ifPresent(q -> values.put(q.id(), offer.county().name()));
        return Answers.of(values);
    }

    /** Of answers given elsewhere, those that answer a question of this form with a value it accepts. */
    Answers fitting(FormDefinition form, Answers given) {
        var values = new LinkedHashMap<String, Object>();
        given.asMap().forEach((id, value) -> form.question(id).filter(question -> fits(question, value))
                .ifPresent(question -> values.put(id, value)));
        return Answers.of(values);
    }

    private static @Nullable Object value(Prefill source, ApplicantFacts facts, Offer offer) {
        return switch (source) {
            case COUNTY -> (facts.county() == null ? offer.county() : facts.county()).name();
            case TOWNSHIP -> facts.township();
            case HOUSEHOLD -> facts.household() == null ? null : facts.household().name();
            case EDUCATION -> facts.education() == null ? null : facts.education().name();
            case GRADUATION_YEAR -> facts.graduationYear() == null ? null : String.valueOf(facts.graduationYear());
            case CONTACT_PREFERENCE -> facts.contactPreference().name();
            case SUPPORT_NEEDS -> facts.supportNeeds().stream().sorted().map(SupportNeed::name).toList();
            case PHONE -> facts.phone() == null ? null : facts.phone().value();
        };
    }

    private static boolean fits(Question question, Object value) {
        if (!question.isChoice()) {
            return true;
        }
        var allowed = question.choices().stream().map(Question.Choice::code).toList();
        return value instanceof java.util.List<?> list ? allowed.containsAll(list) : allowed.contains(value);
    }
}
