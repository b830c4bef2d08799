package cn.liaocheng.jobs.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import cn.liaocheng.jobs.shared.PhoneNumber.Invalid;
import cn.liaocheng.jobs.shared.PhoneNumber.Reason;
import cn.liaocheng.jobs.shared.PhoneNumber.Valid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTests {

    /** The usual example number in Chinese forms and documentation. */
    static final String NUMBER = "13800138000";

    static PhoneNumber valid(String input) {
        var result = PhoneNumber.parse(input);
        assertThat(result).as(input).isInstanceOf(Valid.class);
        return ((Valid) result).number();
    }

    static Reason reason(String input) {
        var result = PhoneNumber.parse(input);
        assertThat(result).as(input).isInstanceOf(Invalid.class);
        return ((Invalid) result).reason();
    }

    @Test
    void eleven_digits_starting_with_1_are_a_mobile_number() {
        assertThat(valid(NUMBER).value()).isEqualTo(NUMBER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"13012345678", "14512345678", "15012345678", "16612345678", "17712345678",
            "18812345678", "19912345678"})
    void every_second_digit_from_3_to_9_is_accepted(String input) {
        assertThat(valid(input).value()).isEqualTo(input);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10012345678", "11012345678", "12012345678", "23800138000", "06358888888",
            "93800138000"})
    void numbers_not_starting_13_to_19_are_not_mobile_numbers(String input) {
        assertThat(reason(input)).isEqualTo(Reason.NOT_A_MOBILE_NUMBER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"138 0013 8000", "138-0013-8000", " 138  0013  8000 ", "138\u30000013\u30008000",
            "138\u20140013\u20148000", "138－0013－8000", "1 3 8 0 0 1 3 8 0 0 0", "\t13800138000\n"})
    void spaces_and_hyphens_between_groups_are_accepted(String input) {
        assertThat(valid(input)).isEqualTo(valid(NUMBER));
    }

    @Test
    void full_width_digits_from_a_chinese_input_method_are_accepted() {
        assertThat(valid("１３８００１３８０００").value()).isEqualTo(NUMBER);
        assertThat(valid("１３８ ００１３ ８０００").value()).isEqualTo(NUMBER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+8613800138000", "+86 138 0013 8000", "+86-138-0013-8000", "＋８６ １３８００１３８０００",
            "8613800138000", "86 13800138000", "008613800138000", "0086 138 0013 8000"})
    void a_china_country_code_in_front_is_dropped(String input) {
        assertThat(valid(input).value()).isEqualTo(NUMBER);
    }

    @Test
    void another_countrys_code_is_not_a_mainland_mobile_number() {
        assertThat(reason("+44 7700 900123")).isEqualTo(Reason.NOT_A_MOBILE_NUMBER);
        assertThat(reason("+1 202 555 0100")).isEqualTo(Reason.NOT_A_MOBILE_NUMBER);
    }

    @Test
    void a_country_code_followed_by_too_few_or_too_many_digits_is_the_wrong_length() {
        assertThat(reason("+86 138 0013 800")).isEqualTo(Reason.WRONG_LENGTH);
        assertThat(reason("+86 138 0013 80000")).isEqualTo(Reason.WRONG_LENGTH);
        assertThat(reason("0086 138 0013 800")).isEqualTo(Reason.WRONG_LENGTH);
    }

    @Test
    void a_missing_or_extra_digit_is_the_wrong_length() {
        assertThat(reason("1380013800")).isEqualTo(Reason.WRONG_LENGTH);
        assertThat(reason("138001380000")).isEqualTo(Reason.WRONG_LENGTH);
        assertThat(reason("1")).isEqualTo(Reason.WRONG_LENGTH);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\u3000", " - "})
    void nothing_typed_is_empty(String input) {
        assertThat(reason(input)).isEqualTo(Reason.EMPTY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"138OO138OOO", "138.0013.8000", "(138) 0013 8000", "一三八零零一三八零零零", "+",
            "+86+13800138000", "138001380OO", "\u0661\u0663\u0668\u0660\u0660\u0661\u0663\u0668\u0660\u0660\u0660",
            "abc"})
    void letters_other_digits_and_punctuation_are_not_digits(String input) {
        assertThat(reason(input)).isEqualTo(Reason.NOT_DIGITS);
    }

    @Test
    void masked_shows_the_first_three_and_last_four_digits() {
        assertThat(valid(NUMBER).masked()).isEqualTo("138****8000");
    }

    @Test
    void to_string_is_masked_so_that_the_number_stays_out_of_logs() {
        var number = valid(NUMBER);

        assertThat(number.toString()).isEqualTo("138****8000").doesNotContain(NUMBER);
        assertThat(new Valid(number).toString()).doesNotContain(NUMBER);
        assertThat("signed in: " + number).isEqualTo("signed in: 138****8000");
    }

    @Test
    void value_is_the_full_eleven_digits_without_separators_or_country_code() {
        assertThat(valid("+86 138-0013-8000").value()).isEqualTo(NUMBER).hasSize(PhoneNumber.LENGTH);
    }

    @Test
    void the_same_number_typed_differently_is_equal() {
        assertThat(valid("+86 138 0013 8000")).isEqualTo(valid("１３８-００１３-８０００"))
                .hasSameHashCodeAs(new PhoneNumber(NUMBER));
    }

    @Test
    void the_constructor_refuses_anything_parse_would_refuse_without_echoing_the_number() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PhoneNumber("138 0013 8000"))
                .withMessageNotContaining("138");
        assertThatIllegalArgumentException().isThrownBy(() -> new PhoneNumber("12800138000"))
                .withMessageNotContaining("12800138000");
        assertThatIllegalArgumentException().isThrownBy(() -> new PhoneNumber("1380013800"));
        assertThatIllegalArgumentException().isThrownBy(() -> new PhoneNumber(""));
    }

    @Test
    void the_constructor_accepts_a_stored_number() {
        assertThat(new PhoneNumber(NUMBER).value()).isEqualTo(NUMBER);
    }
}
