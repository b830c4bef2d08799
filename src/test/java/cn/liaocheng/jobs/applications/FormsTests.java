package cn.liaocheng.jobs.applications;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.applications.FormDefinition.FormKind;
import cn.liaocheng.jobs.catalogue.OfferSubtype;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every offer in the catalogue can be applied for, with a form whose every text exists in both languages. */
class FormsTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Test
    void the_certificate_photo_is_asked_where_money_or_a_paid_post_depends_on_it_and_the_plan_file_is_optional() {
        for (var subtype : OfferSubtype.values()) {
            boolean asks = Forms.forSubtype(subtype).question("certificate-photo")
                    .filter(q -> q.type() == QuestionType.DOCUMENT && q.required()).isPresent();
            assertThat(asks).as(subtype.name()).isEqualTo(subtype == OfferSubtype.GUARANTEED_STARTUP
                    || subtype == OfferSubtype.ABC_REFERRAL || subtype == OfferSubtype.PUBLIC_WELFARE_POST);
        }
        var plan = Forms.forSubtype(OfferSubtype.GUARANTEED_STARTUP).question("business-plan-document").orElseThrow();
        assertThat(plan.type()).isEqualTo(QuestionType.DOCUMENT);
        assertThat(plan.required()).isFalse();
        assertThat(Forms.forSubtype(OfferSubtype.GUARANTEED_STARTUP).step("plan").orElseThrow().questions())
                .extracting(Question::id).containsExactly("business-plan", "business-plan-document");
    }

    @ParameterizedTest
    @EnumSource(OfferSubtype.class)
    void every_subtype_has_a_form_that_starts_with_a_step_and_ends_with_how_to_contact_the_person(OfferSubtype subtype) {
        var form = Forms.forSubtype(subtype);

        assertThat(form.steps()).isNotEmpty();
        assertThat(form.steps().getLast().id()).isEqualTo("contact");
        assertThat(form.question("phone")).get().extracting(Question::prefill).isEqualTo(Prefill.PHONE);
    }

    @Test
    void each_kind_of_offer_gets_its_own_form() {
        assertThat(Forms.forSubtype(OfferSubtype.AGRICULTURAL).kind()).isEqualTo(FormKind.TRAINING);
        assertThat(Forms.forSubtype(OfferSubtype.MASSAGE).question("massage-certificate")).isPresent();
        assertThat(Forms.forSubtype(OfferSubtype.AGRICULTURAL).question("farm-land-mu")).isPresent();
        assertThat(Forms.forSubtype(OfferSubtype.ONLINE).question("device")).isPresent();
        assertThat(Forms.forSubtype(OfferSubtype.VOCATIONAL).question("device")).isEmpty();
        assertThat(Forms.forSubtype(OfferSubtype.ASSESSMENT).kind()).isEqualTo(FormKind.ASSESSMENT);
        assertThat(Forms.forSubtype(OfferSubtype.ZONE).kind()).isEqualTo(FormKind.INCUBATION);
        assertThat(Forms.forSubtype(OfferSubtype.GUARANTEED_STARTUP).steps()).extracting(Step::id)
                .contains("amount", "purpose", "plan");
        assertThat(Forms.forSubtype(OfferSubtype.ABC_REFERRAL).question("borrower")).isPresent();
        assertThat(Forms.forSubtype(OfferSubtype.PUBLIC_WELFARE_POST).kind()).isEqualTo(FormKind.PUBLIC_WELFARE_POST);
        assertThat(Forms.forSubtype(OfferSubtype.ASSISTED_EMPLOYMENT).kind()).isEqualTo(FormKind.ASSISTED_EMPLOYMENT);
        assertThat(Forms.forSubtype(OfferSubtype.GRADUATE).question("graduation-year")).get()
                .extracting(Question::prefill).isEqualTo(Prefill.GRADUATION_YEAR);
        assertThat(Forms.forSubtype(OfferSubtype.LOTTERY).kind()).isEqualTo(FormKind.EMPLOYMENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"translations_zh_CN.properties", "translations_en.properties"})
    void every_label_hint_option_step_and_form_title_is_translated(String file) throws IOException {
        var texts = new Properties();
        try (var in = getClass().getResourceAsStream("/vaadin-i18n/" + file)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        var missing = new ArrayList<String>();
        for (var subtype : OfferSubtype.values()) {
            var form = Forms.forSubtype(subtype);
            check(texts, form.kind().titleKey(), missing);
            form.steps().forEach(step -> {
                check(texts, step.titleKey(), missing);
                step.questions().forEach(q -> {
                    check(texts, q.labelKey(), missing);
                    check(texts, q.hintKey(), missing);
                    q.choices().forEach(c -> check(texts, c.labelKey(), missing));
                    if (q.unit() != null) {
                        check(texts, q.unit(), missing);
                    }
                });
            });
        }
        for (var status : ApplicationStatus.values()) {
            check(texts, status.messageKey(), missing);
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void both_languages_have_the_same_application_texts() throws IOException {
        var zh = load("translations_zh_CN.properties").stringPropertyNames().stream()
                .filter(k -> k.startsWith("application.")).collect(java.util.stream.Collectors.toSet());
        var en = load("translations_en.properties").stringPropertyNames().stream()
                .filter(k -> k.startsWith("application.")).collect(java.util.stream.Collectors.toSet());

        assertThat(zh).isNotEmpty().isEqualTo(en);
    }

    private Properties load(String file) throws IOException {
        var texts = new Properties();
        try (var in = getClass().getResourceAsStream("/vaadin-i18n/" + file)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    private static void check(Properties texts, String key, ArrayList<String> missing) {
        if (!texts.containsKey(key) && !missing.contains(key)) {
            missing.add(key);
        }
    }

    @Test
    void a_question_that_depends_on_yes_is_shown_only_after_yes() {
        var form = Forms.forSubtype(OfferSubtype.VOCATIONAL);
        var experience = form.step("experience").orElseThrow();

        assertThat(experience.shownQuestions(Answers.none())).extracting(Question::id).containsExactly("worked-before");
        assertThat(experience.shownQuestions(Answers.none().with("worked-before", Answers.YES)))
                .extracting(Question::id).containsExactly("worked-before", "last-job");
    }

    @Test
    void the_journey_moves_through_shown_steps_and_finds_the_first_one_still_needing_an_answer() {
        var form = Forms.forSubtype(OfferSubtype.PUBLIC_WELFARE_POST);
        var answers = Answers.none().with("county", "SHENXIAN").with("township", "燕店镇").with("household", "RURAL");

        assertThat(form.stepAfter("where", answers)).get().extracting(Step::id).isEqualTo("post");
        assertThat(form.stepBefore("post", answers)).get().extracting(Step::id).isEqualTo("where");
        assertThat(form.stepAfter("contact", answers)).isEmpty();
        assertThat(form.firstIncompleteStep(answers, TODAY)).get().extracting(Step::id).isEqualTo("post");
    }

    @Test
    void a_form_cannot_ask_the_same_question_twice() {
        var twice = Question.of("school", QuestionType.SHORT_TEXT);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FormDefinition(FormKind.EMPLOYMENT,
                java.util.List.of(Step.of("a", twice), Step.of("b", twice))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
