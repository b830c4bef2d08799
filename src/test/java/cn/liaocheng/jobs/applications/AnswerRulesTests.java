package cn.liaocheng.jobs.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules that decide whether an answer may be sent, for every question type. */
class AnswerRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private static Optional<String> check(Question question, Object value) {
        return AnswerRules.check(question, Answers.none().with(question.id(), value), TODAY)
                .map(AnswerRules.Problem::messageKey);
    }

    @Test
    void a_required_question_left_empty_says_what_to_do_for_its_type() {
        assertThat(check(Question.of("school", QuestionType.SHORT_TEXT), "  ")).contains("application.error.required.text");
        assertThat(check(Question.of("farm-land", QuestionType.YES_NO), "")).contains("application.error.required.yes-no");
        assertThat(check(Question.choice("device", QuestionType.SINGLE_CHOICE, "A", "B"), ""))
                .contains("application.error.required.choice");
        assertThat(check(Question.choice("activities", QuestionType.MULTIPLE_CHOICE, "A", "B"), List.of()))
                .contains("application.error.required.choices");
        assertThat(check(Question.of("business-started", QuestionType.DATE), "")).contains("application.error.required.date");
        assertThat(check(Question.of("loan-amount", QuestionType.NUMBER), "")).contains("application.error.required.number");
    }

    @Test
    void an_optional_question_may_stay_empty() {
        assertThat(check(Question.of("crops", QuestionType.SHORT_TEXT).optional(), "")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"50000,", "'５０，０００',", "'50,000元',", "' 50 000 ',", "五万,application.error.number",
            "50000.5,application.error.number", "-5,application.error.number", "999,application.error.number.min",
            "300001,application.error.number.max", "300000,"})
    void an_amount_is_a_whole_number_within_the_offers_limits_however_it_is_typed(String typed, String expected) {
        var amount = Question.of("loan-amount", QuestionType.NUMBER).inYuan().between(1_000L, 300_000L);

        assertThat(check(amount, typed)).isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void the_limit_is_named_in_the_problem() {
        var amount = Question.of("loan-amount", QuestionType.NUMBER).between(1_000L, 300_000L);
        var problem = AnswerRules.check(amount, Answers.none().with("loan-amount", "400000"), TODAY).orElseThrow();

        assertThat(problem.args()).containsExactly(300_000L);
    }

    @Test
    void text_longer_than_the_limit_is_kept_but_not_sent() {
        var plan = Question.of("business-plan", QuestionType.LONG_TEXT);
        var problem = AnswerRules.check(plan, Answers.none().with("business-plan", "字".repeat(2001)), TODAY);

        assertThat(problem).get().extracting(AnswerRules.Problem::messageKey).isEqualTo("application.error.too-long");
        assertThat(problem.get().args()).containsExactly(2000, 2001);
        assertThat(check(plan, "字".repeat(2000))).isEmpty();
    }

    @Test
    void a_choice_that_is_not_on_the_list_is_asked_again() {
        var device = Question.choice("device", QuestionType.SINGLE_CHOICE, "SMARTPHONE", "NONE");

        assertThat(check(device, "SMARTPHONE")).isEmpty();
        assertThat(check(device, "HACKED")).contains("application.error.required.choice");
        assertThat(check(device, List.of("SMARTPHONE", "NONE"))).contains("application.error.required.choice");
        assertThat(check(Question.of("farm-land", QuestionType.YES_NO), "maybe")).contains("application.error.required.yes-no");
    }

    @Test
    void dates_follow_the_questions_rule() {
        var started = Question.of("business-started", QuestionType.DATE).dates(Question.DateRule.NOT_IN_FUTURE);
        var preferred = Question.of("preferred-date", QuestionType.DATE).dates(Question.DateRule.NOT_IN_PAST);

        assertThat(check(started, "2026-03-11")).contains("application.error.date.not-in-future");
        assertThat(check(started, "2020-01-31")).isEmpty();
        assertThat(check(preferred, "2026-03-09")).contains("application.error.date.not-in-past");
        assertThat(check(preferred, "2026-03-10")).isEmpty();
        assertThat(check(started, "2026-02-30")).contains("application.error.required.date");
    }

    @Test
    void a_phone_number_is_a_mainland_mobile_number() {
        var phone = Question.of("phone", QuestionType.PHONE);

        assertThat(check(phone, "138 0000 0000")).isEmpty();
        assertThat(check(phone, "0635-8212345")).contains("application.error.phone");
    }

    @Test
    void a_required_document_must_be_uploaded_and_an_optional_one_may_be_left_out() {
        var certificate = Question.of("certificate-photo", QuestionType.DOCUMENT);
        var plan = Question.of("business-plan-document", QuestionType.DOCUMENT).optional();

        assertThat(check(certificate, "")).contains("application.error.required.document");
        assertThat(check(plan, "")).isEmpty();
        assertThat(check(certificate, java.util.UUID.randomUUID().toString())).isEmpty();
    }

    @Test
    void a_document_answer_is_a_document_id_and_nothing_else() {
        var certificate = Question.of("certificate-photo", QuestionType.DOCUMENT);

        assertThat(check(certificate, "../../etc/passwd")).contains("application.error.required.document");
        assertThat(check(certificate, "证件.png")).contains("application.error.required.document");
    }

    @Test
    void answers_never_print_what_was_typed() {
        assertThat(Answers.none().with("phone", "13800000000").toString()).doesNotContain("138");
    }
}
