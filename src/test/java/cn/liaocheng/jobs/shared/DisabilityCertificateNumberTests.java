package cn.liaocheng.jobs.shared;

import static cn.liaocheng.jobs.shared.ResidentIdNumberTests.TODAY;
import static cn.liaocheng.jobs.shared.ResidentIdNumberTests.withCheckCharacter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import cn.liaocheng.jobs.shared.DisabilityCertificateNumber.Invalid;
import cn.liaocheng.jobs.shared.DisabilityCertificateNumber.Reason;
import cn.liaocheng.jobs.shared.DisabilityCertificateNumber.Valid;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DisabilityCertificateNumberTests {

    /** Born in 东昌府区 on 9 January 1985; chosen so that the number ends in 123X like the issue's example. */
    static final String HOLDER_ID = withCheckCharacter("37150219850109123");

    static final ResidentIdNumber HOLDER = new ResidentIdNumber(HOLDER_ID);

    static final String SOMEONE_ELSE_ID = withCheckCharacter("37152119870615482");

    static DisabilityCertificateNumber.Result parse(String input, @Nullable ResidentIdNumber holder) {
        return DisabilityCertificateNumber.parse(input, holder, TODAY);
    }

    static DisabilityCertificateNumber valid(String input) {
        var result = parse(input, null);
        assertThat(result).isInstanceOf(Valid.class);
        return ((Valid) result).number();
    }

    static Invalid invalid(String input, @Nullable ResidentIdNumber holder) {
        var result = parse(input, holder);
        assertThat(result).isInstanceOf(Invalid.class);
        return (Invalid) result;
    }

    static Reason reason(String input) {
        return invalid(input, null).reason();
    }

    @Test
    void the_holders_id_number_ends_in_123x_as_in_the_issue() {
        assertThat(HOLDER_ID).isEqualTo("37150219850109123X");
    }

    @Test
    void a_certificate_number_is_the_holders_id_followed_by_category_and_grade() {
        var certificate = valid(HOLDER_ID + "41");

        assertThat(certificate.idNumber()).isEqualTo(HOLDER);
        assertThat(certificate.category()).isEqualTo(DisabilityCategory.PHYSICAL);
        assertThat(certificate.grade()).isEqualTo(1);
        assertThat(certificate.value()).isEqualTo(HOLDER_ID + "41");
    }

    @ParameterizedTest
    @CsvSource({"1, VISUAL", "2, HEARING", "3, SPEECH", "4, PHYSICAL", "5, INTELLECTUAL", "6, PSYCHOSOCIAL",
            "7, MULTIPLE"})
    void each_category_digit_gives_its_category(char digit, DisabilityCategory category) {
        assertThat(valid(HOLDER_ID + digit + "2").category()).isEqualTo(category);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void each_grade_digit_from_1_to_4_gives_its_grade(int grade) {
        assertThat(valid(HOLDER_ID + "5" + grade).grade()).isEqualTo(grade);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "8", "9", "X", "-"})
    void a_category_digit_other_than_1_to_7_is_rejected(String digit) {
        assertThat(reason(HOLDER_ID + digit + "1")).isEqualTo(Reason.BAD_CATEGORY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "5", "9", "X", "一"})
    void a_grade_digit_other_than_1_to_4_is_rejected(String digit) {
        assertThat(reason(HOLDER_ID + "4" + digit)).isEqualTo(Reason.BAD_GRADE);
    }

    @Test
    void another_persons_certificate_is_rejected_when_the_holder_is_known() {
        assertThat(invalid(SOMEONE_ELSE_ID + "41", HOLDER).reason()).isEqualTo(Reason.NOT_THE_HOLDERS_ID);
    }

    @Test
    void the_holders_own_certificate_is_accepted_when_the_holder_is_known() {
        assertThat(parse(HOLDER_ID.toLowerCase(Locale.ROOT) + "41", HOLDER)).isInstanceOf(Valid.class);
    }

    @Test
    void without_a_known_holder_any_valid_id_part_is_accepted() {
        assertThat(valid(SOMEONE_ELSE_ID + "41").idNumber().value()).isEqualTo(SOMEONE_ELSE_ID);
    }

    @Test
    void a_wrong_check_character_in_the_id_part_is_reported_as_such() {
        var certificate = HOLDER_ID.substring(0, 17) + "5" + "41";

        assertThat(invalid(certificate, null)).isEqualTo(new Invalid(Reason.BAD_ID_PART,
                ResidentIdNumber.Reason.BAD_CHECK_DIGIT));
        // The ID part is the more basic mistake, so it is reported rather than the mismatch.
        assertThat(invalid(certificate, HOLDER).reason()).isEqualTo(Reason.BAD_ID_PART);
    }

    @Test
    void the_id_part_is_checked_like_a_resident_id_number() {
        assertThat(invalid("37150219850109123A41", null).idReason()).isEqualTo(ResidentIdNumber.Reason.NOT_DIGITS);
        assertThat(invalid(withCheckCharacter("37150219850230123") + "41", null).idReason())
                .isEqualTo(ResidentIdNumber.Reason.BAD_DATE);
        assertThat(invalid(withCheckCharacter("37150220270101123") + "41", null).idReason())
                .as("born after today").isEqualTo(ResidentIdNumber.Reason.BAD_DATE);
    }

    @Test
    void only_a_bad_id_part_carries_an_id_reason() {
        assertThat(invalid(HOLDER_ID + "01", null).idReason()).isNull();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Invalid(Reason.BAD_GRADE, ResidentIdNumber.Reason.BAD_DATE));
        assertThatIllegalArgumentException().isThrownBy(() -> new Invalid(Reason.BAD_ID_PART, null));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\u3000"})
    void nothing_typed_is_empty(String input) {
        assertThat(reason(input)).isEqualTo(Reason.EMPTY);
    }

    @Test
    void the_id_number_alone_or_a_missing_or_extra_digit_is_the_wrong_length() {
        assertThat(reason(HOLDER_ID)).isEqualTo(Reason.WRONG_LENGTH);
        assertThat(reason(HOLDER_ID + "4")).isEqualTo(Reason.WRONG_LENGTH);
        assertThat(reason(HOLDER_ID + "411")).isEqualTo(Reason.WRONG_LENGTH);
    }

    @Test
    void full_width_characters_spaces_and_a_lower_case_x_are_accepted() {
        var typed = " ３７１５０２ １９８５０１０９ １２３ｘ ４１ ";

        assertThat(valid(typed).value()).isEqualTo(HOLDER_ID + "41");
        assertThat(valid(typed)).isEqualTo(valid(HOLDER_ID + "41"));
    }

    @Test
    void the_constructor_rejects_a_grade_outside_1_to_4() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DisabilityCertificateNumber(HOLDER, DisabilityCategory.VISUAL, 0));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DisabilityCertificateNumber(HOLDER, DisabilityCategory.VISUAL, 5));
    }

    @Test
    void the_masked_form_hides_the_middle_of_the_id_and_shows_category_and_grade_as_in_the_issue() {
        assertThat(valid(HOLDER_ID + "41").masked()).isEqualTo("3715**********123X41");
    }

    @Test
    void to_string_is_masked_so_that_logging_the_number_does_not_reveal_it() {
        var certificate = valid(HOLDER_ID + "41");
        var middle = HOLDER_ID.substring(4, 14);

        assertThat(certificate.toString()).isEqualTo("3715**********123X41");
        assertThat("saved %s".formatted(certificate)).doesNotContain(middle);
        assertThat(parse(HOLDER_ID + "41", HOLDER).toString()).doesNotContain(middle);
    }
}
