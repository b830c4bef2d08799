package cn.liaocheng.jobs.quota;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 统一社会信用代码, GB 32100-2015: characters and check character. */
class CreditCodeTests {

    @ParameterizedTest
    // The standard's own example, a Beijing company's published code and the sample units' codes.
    @ValueSource(strings = {"91350100M000100Y43", "91110108551385082Q", "11371500MB0000001B", "12371522MB00000027",
            "91371524MA00000030"})
    void valid_codes_pass(String code) {
        assertThat(CreditCode.valid(code)).contains(code);
    }

    @Test
    void lower_case_and_spaces_are_forgiven() {
        assertThat(CreditCode.valid(" 91350100m000100y43 ")).contains("91350100M000100Y43");
        assertThat(CreditCode.valid("9135 0100 M000 100Y 43")).contains("91350100M000100Y43");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "91350100M000100Y44", // wrong check character
            "91350100M000010Y43", // two neighbours swapped
            "91350100M000100Y4", // 17 characters
            "91350100M000100Y433", // 19
            "91350100I000100Y43", // I is not used (nor O, Z, S, V)
            "91350100O000100Y43",
            "", "一二三"})
    void mistyped_codes_fail(String code) {
        assertThat(CreditCode.valid(code)).isEmpty();
    }

    @Test
    void a_check_character_of_thirty_one_counts_as_zero() {
        // 91371524MA0000003's weighted sum is a multiple of 31.
        assertThat(CreditCode.checkCharacter("91371524MA0000003")).isEqualTo('0');
    }
}
