package cn.liaocheng.jobs.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import cn.liaocheng.jobs.shared.ResidentIdNumber.Invalid;
import cn.liaocheng.jobs.shared.ResidentIdNumber.Reason;
import cn.liaocheng.jobs.shared.ResidentIdNumber.Valid;
import java.time.LocalDate;
import java.util.HashSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdNumberTests {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    /** The worked example printed in GB 11643-1999 itself. */
    static final String STANDARD_EXAMPLE = "11010519491231002X";

    /** Someone born in 东昌府区 on 1 January 1990. */
    static final String LIAOCHENG = withCheckCharacter("37150219900101123");

    /**
     * Completes a 17-digit body the way ISO 7064 MOD 11-2 defines it, not the way the production code computes it:
     * the check character is the one that makes the sum of every character times 2^(its position from the right,
     * counting from 0) equal to 1 mod 11. The two must agree for any test here to pass.
     */
    static String withCheckCharacter(String body) {
        for (char candidate : "0123456789X".toCharArray()) {
            var number = body + candidate;
            int sum = 0;
            for (int i = 0; i < number.length(); i++) {
                int digit = number.charAt(i) == 'X' ? 10 : number.charAt(i) - '0';
                sum = (sum * 2 + digit) % 11;
            }
            if (sum == 1) {
                return number;
            }
        }
        throw new AssertionError("every body has exactly one check character");
    }

    static ResidentIdNumber.Result parse(String input) {
        return ResidentIdNumber.parse(input, TODAY);
    }

    static ResidentIdNumber valid(String input) {
        var result = parse(input);
        assertThat(result).isInstanceOf(Valid.class);
        return ((Valid) result).number();
    }

    static Reason reason(String input) {
        var result = parse(input);
        assertThat(result).isInstanceOf(Invalid.class);
        return ((Invalid) result).reason();
    }

    /** Full-width forms as Chinese input methods type them, e.g. '１' for '1' and 'ｘ' for 'x'. */
    static String fullWidth(String ascii) {
        var result = new StringBuilder();
        ascii.chars().forEach(c -> result.append((char) (c + 0xFEE0)));
        return result.toString();
    }

    @Test
    void the_test_computes_check_characters_as_the_standard_does() {
        assertThat(withCheckCharacter("11010519491231002")).isEqualTo(STANDARD_EXAMPLE);
        assertThat(LIAOCHENG).isEqualTo("371502199001011234");
    }

    @Test
    void the_example_from_the_national_standard_is_valid() {
        var id = valid(STANDARD_EXAMPLE);

        assertThat(id.value()).isEqualTo(STANDARD_EXAMPLE);
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.regionCode()).isEqualTo("110105");
        assertThat(id.isLiaocheng()).isFalse();
    }

    @Test
    void a_number_issued_in_liaocheng_is_recognised_by_its_region() {
        var id = valid(LIAOCHENG);

        assertThat(id.regionCode()).isEqualTo("371502");
        assertThat(id.isLiaocheng()).isTrue();
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1990, 1, 1));
    }

    @Test
    void a_number_from_elsewhere_in_shandong_is_not_liaocheng() {
        assertThat(valid(withCheckCharacter("37010219900101123")).isLiaocheng()).isFalse();
    }

    @Test
    void each_of_the_eleven_check_characters_is_computed_correctly() {
        var seen = new HashSet<Character>();
        for (int sequence = 0; sequence < 100; sequence++) {
            var id = withCheckCharacter("37158119761120%03d".formatted(sequence));
            seen.add(id.charAt(17));
            assertThat(valid(id).value()).isEqualTo(id);
        }
        assertThat(seen).hasSize(11);
    }

    @Test
    void every_wrong_check_character_is_rejected() {
        var body = LIAOCHENG.substring(0, 17);
        for (char wrong : "012356789X".toCharArray()) {
            assertThat(reason(body + wrong)).as("check character %s", wrong).isEqualTo(Reason.BAD_CHECK_DIGIT);
        }
    }

    @Test
    void a_single_mistyped_digit_is_caught_by_the_check_character() {
        for (int position : new int[] {0, 3, 5, 14, 15, 16}) {
            var digits = LIAOCHENG.toCharArray();
            digits[position] = digits[position] == '9' ? '0' : (char) (digits[position] + 1);
            assertThat(reason(new String(digits))).as("digit %d", position + 1).isEqualTo(Reason.BAD_CHECK_DIGIT);
        }
    }

    @Test
    void two_swapped_neighbouring_digits_are_caught() {
        var id = withCheckCharacter("37152119870615482");
        for (int i = 0; i < 16; i++) {
            var digits = id.toCharArray();
            if (digits[i] != digits[i + 1]) {
                var swapped = digits[i];
                digits[i] = digits[i + 1];
                digits[i + 1] = swapped;
                assertThat(parse(new String(digits))).as("digits %d and %d swapped", i + 1, i + 2)
                        .isInstanceOf(Invalid.class);
            }
        }
    }

    @Test
    void a_lower_case_x_is_accepted_and_kept_upper_case() {
        var id = valid("11010519491231002x");

        assertThat(id.value()).isEqualTo(STANDARD_EXAMPLE);
        assertThat(id).isEqualTo(valid(STANDARD_EXAMPLE));
    }

    @Test
    void full_width_digits_and_letters_from_chinese_input_methods_are_accepted() {
        assertThat(valid("１１０１０５１９４９１２３１００２ｘ").value()).isEqualTo(STANDARD_EXAMPLE);
        assertThat(valid(fullWidth("11010519491231002X")).value()).isEqualTo(STANDARD_EXAMPLE);
        assertThat(valid("3715" + fullWidth(LIAOCHENG.substring(4))).value()).isEqualTo(LIAOCHENG);
    }

    @ParameterizedTest
    @ValueSource(strings = {" 11010519491231002X ", "\t11010519491231002X\n", "\u300011010519491231002X\u3000",
            "110105 19491231 002X", "110105\u300019491231\u3000002x"})
    void spaces_around_and_between_groups_of_digits_are_ignored(String input) {
        assertThat(valid(input).value()).isEqualTo(STANDARD_EXAMPLE);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u3000", "\t\n"})
    void nothing_typed_is_empty(String input) {
        assertThat(reason(input)).isEqualTo(Reason.EMPTY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1101051949123100", "11010519491231002", "11010519491231002X0", "110105491231002",
            "张三", "371502199001011234371502199001011234"})
    void too_few_or_too_many_characters_are_the_wrong_length(String input) {
        assertThat(reason(input)).isEqualTo(Reason.WRONG_LENGTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002A", "1101051949123100X2", "11010519491231OO2X", "110105-19491231002",
            "X10105194912310021", "11010519491231002？"})
    void letters_or_punctuation_in_place_of_digits_are_not_digits(String input) {
        assertThat(reason(input)).isEqualTo(Reason.NOT_DIGITS);
    }

    @Test
    void digits_from_other_scripts_are_not_digits() {
        // Arabic-Indic one: Character.isDigit says yes, but it is not what the national system accepts.
        assertThat(reason("\u0661" + STANDARD_EXAMPLE.substring(1))).isEqualTo(Reason.NOT_DIGITS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"19901301", "19900001", "19900132", "19900100", "19900431", "20010229", "00000000"})
    void a_birth_date_that_does_not_exist_is_rejected(String date) {
        assertThat(reason(withCheckCharacter("371502" + date + "123"))).isEqualTo(Reason.BAD_DATE);
    }

    @Test
    void february_29_1900_is_rejected_because_1900_was_not_a_leap_year() {
        assertThat(reason(withCheckCharacter("37150219000229123"))).isEqualTo(Reason.BAD_DATE);
    }

    @Test
    void february_29_2000_is_accepted_because_2000_was_a_leap_year() {
        assertThat(valid(withCheckCharacter("37150220000229123")).birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
    }

    @Test
    void a_birth_date_after_today_is_rejected_but_today_is_accepted() {
        assertThat(reason(withCheckCharacter("37150220260602123"))).isEqualTo(Reason.BAD_DATE);
        assertThat(valid(withCheckCharacter("37150220260601123")).birthDate()).isEqualTo(TODAY);
    }

    @Test
    void a_birth_date_before_1900_is_rejected_even_with_a_correct_check_character() {
        // A textbook example whose check character is right but whose holder would be 146 years old.
        assertThat(reason("440524188001010014")).isEqualTo(Reason.BAD_DATE);
        assertThat(reason(withCheckCharacter("37150218991231123"))).isEqualTo(Reason.BAD_DATE);
        assertThat(valid(withCheckCharacter("37150219000101123")).birthDate()).isEqualTo(LocalDate.of(1900, 1, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"😀😀😀😀😀😀😀😀😀", "\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000"
            + "\u0000\u0000\u0000\u0000\u0000\u0000\u0000", "１２３", "\uD800", "-0000000000000001"})
    void strange_input_gets_a_reason_instead_of_an_exception(String input) {
        assertThat(parse(input)).isInstanceOf(Invalid.class);
        assertThat(parse(input.repeat(10_000))).isInstanceOf(Invalid.class);
    }

    @Test
    void the_constructor_accepts_only_normalised_valid_numbers_and_does_not_repeat_them() {
        assertThat(new ResidentIdNumber(LIAOCHENG).value()).isEqualTo(LIAOCHENG);

        for (var invalid : new String[] {"11010519491231002x", " 11010519491231002X", "110105194912310021"}) {
            assertThatIllegalArgumentException().isThrownBy(() -> new ResidentIdNumber(invalid))
                    .withMessageNotContaining("110105").withMessageNotContaining("1949");
        }
    }

    @Test
    void the_masked_form_shows_only_the_first_and_last_four_characters() {
        assertThat(valid(STANDARD_EXAMPLE).masked()).isEqualTo("1101**********002X");
        assertThat(valid(LIAOCHENG).masked()).isEqualTo("3715**********1234");
    }

    @Test
    void to_string_is_masked_so_that_logging_the_number_does_not_reveal_it() {
        var id = valid(LIAOCHENG);
        var middle = LIAOCHENG.substring(4, 14);

        assertThat(id.toString()).isEqualTo(id.masked());
        assertThat(String.valueOf(id)).doesNotContain(middle);
        assertThat("saved %s".formatted(id)).doesNotContain(middle);
        assertThat(parse(LIAOCHENG).toString()).doesNotContain(middle);
    }

    @Test
    void value_is_the_full_number_for_encryption_and_storage() {
        assertThat(valid(" ３７１５" + LIAOCHENG.substring(4) + " ").value()).isEqualTo(LIAOCHENG);
    }
}
