package cn.liaocheng.jobs.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.PasswordPolicy.Invalid;
import cn.liaocheng.jobs.accounts.PasswordPolicy.Reason;
import cn.liaocheng.jobs.accounts.PasswordPolicy.Valid;
import cn.liaocheng.jobs.shared.PhoneNumber;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTests {

    static final PhoneNumber PHONE = new PhoneNumber("13800138000");

    private final PasswordPolicy policy = new PasswordPolicy();

    private PasswordPolicy.Result check(@Nullable String password) {
        return policy.check(password, null);
    }

    private void assertAccepted(String password) {
        assertThat(check(password)).as(password).isEqualTo(new Valid());
    }

    private Reason reason(@Nullable String password, @Nullable PhoneNumber phone) {
        var result = policy.check(password, phone);
        assertThat(result).as(password).isInstanceOf(Invalid.class);
        return ((Invalid) result).reason();
    }

    private Reason reason(@Nullable String password) {
        return reason(password, null);
    }

    static List<String> listedPasswords() throws IOException {
        try (var stream = PasswordPolicyTests.class.getClassLoader()
                .getResourceAsStream(PasswordPolicy.COMMON_PASSWORDS)) {
            return new String(Objects.requireNonNull(stream).readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        }
    }

    @Test
    void seven_characters_are_too_short_and_eight_are_enough() {
        assertThat(reason("kx7#pq2")).isEqualTo(Reason.TOO_SHORT);
        assertAccepted("kx7#pq2m");
    }

    @Test
    void a_hundred_and_twenty_eight_characters_are_accepted_and_one_more_is_refused_not_cut() {
        var longest = "kx7#pq2m".repeat(16);

        assertAccepted(longest);
        assertThat(reason(longest + "z")).isEqualTo(Reason.TOO_LONG);
    }

    @Test
    void chinese_characters_count_as_one_character_each() {
        assertThat(reason("聊城市残联就业")).as("7 characters").isEqualTo(Reason.TOO_SHORT);
        assertAccepted("聊城市残联就业服务");
        assertAccepted("我家门前有两棵枣树");
    }

    @Test
    void an_emoji_counts_as_one_character_although_java_stores_it_as_two() {
        var sevenEmoji = "🌻🐼🍜🚲🏮🎋🌙";
        assertThat(sevenEmoji).hasSize(14);

        assertThat(reason(sevenEmoji)).isEqualTo(Reason.TOO_SHORT);
        assertAccepted(sevenEmoji + "🐉");
    }

    @Test
    void the_maximum_also_counts_chinese_characters_and_emoji_as_one_each() {
        assertAccepted("聊".repeat(64) + "🐉".repeat(64));
        assertThat(reason("聊".repeat(64) + "🐉".repeat(65))).isEqualTo(Reason.TOO_LONG);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"        ", " abc123 ", "\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000"})
    void spaces_around_a_short_password_do_not_make_it_long_enough(@Nullable String password) {
        assertThat(reason(password)).isEqualTo(Reason.TOO_SHORT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kxmz pqrt", "correct horse battery staple", "  lanterns by the river  ",
            "我 爱 聊 城 的 湖 水 啊"})
    void spaces_are_allowed(String password) {
        assertAccepted(password);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kxmzpqrtwv", "KXMZPQRTWV", "24681357902468", "ab cd ef gh"})
    void there_are_no_rules_about_digits_capitals_or_symbols(String password) {
        assertAccepted(password);
    }

    @Test
    void a_long_passphrase_pasted_from_a_password_manager_is_fine() {
        assertAccepted("Vw9$kL2#pQ7!xZ4&mN8*rT3^bY6@hJ1%fD5(sG0)eC-uI+oA=wE[yR]tU{qP}lK;zX:cV'bN\"mM,<.>/?");
        assertAccepted("The river by Dongchang Lake is wide and slow in summer, 东昌湖的水很慢 🌊 and I walk it daily");
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "147258369", "qq123456", "woaini1314", "a123456789", "88888888",
            "iloveyou", "password", "12345678", "1qaz2wsx", "qwertyuiop", "5201314520", "1314520520", "11111111",
            "00000000", "woaini1314520", "p@ssw0rd"})
    void well_known_passwords_are_too_common(String password) {
        assertThat(reason(password)).isEqualTo(Reason.TOO_COMMON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PASSWORD", "PassWord", "  password  ", "\tiloveyou\n", "WoAiNi1314", "QQ123456",
            "\u3000woaini1314\u3000"})
    void the_common_list_ignores_case_and_surrounding_spaces(String password) {
        assertThat(reason(password)).isEqualTo(Reason.TOO_COMMON);
    }

    @Test
    void full_width_characters_from_a_chinese_input_method_do_not_hide_a_common_password() {
        assertThat(reason("１２３４５６７８９")).isEqualTo(Reason.TOO_COMMON);
        assertThat(reason("ｐａｓｓｗｏｒｄ")).isEqualTo(Reason.TOO_COMMON);
    }

    @Test
    void a_common_password_inside_a_longer_one_is_fine() {
        assertAccepted("password for the 聊城 portal");
        assertAccepted("iloveyou and the yellow river");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zzzzzzzzzzzz", "啊啊啊啊啊啊啊啊", "7777777777777", "abcdefghijklm", "876543210",
            "zyxwvutsrq", "bcdefghijk"})
    void one_repeated_character_or_a_straight_run_is_too_common_at_any_length(String password) {
        assertThat(reason(password)).isEqualTo(Reason.TOO_COMMON);
    }

    @Test
    void the_list_holds_about_five_hundred_passwords_including_the_usual_chinese_ones() throws IOException {
        var listed = listedPasswords();

        assertThat(listed).hasSizeGreaterThanOrEqualTo(500).doesNotHaveDuplicates()
                .contains("123456", "123456789", "111111", "000000", "5201314", "1314520", "147258369", "qq123456",
                        "woaini1314", "a123456", "88888888", "iloveyou", "password")
                .allSatisfy(line -> assertThat(line).isEqualTo(line.strip()));
    }

    @Test
    void every_listed_password_long_enough_to_be_chosen_is_refused() throws IOException {
        assertThat(listedPasswords())
                .filteredOn(listed -> listed.codePointCount(0, listed.length()) >= PasswordPolicy.MIN_LENGTH)
                .hasSizeGreaterThan(250)
                .allSatisfy(listed -> assertThat(reason(listed)).isEqualTo(Reason.TOO_COMMON));
    }

    @ParameterizedTest
    @ValueSource(strings = {"13800138000", "13800138000abc", "my13800138000", "x13800138000x",
            "138 0013 8000 home", "138-0013-8000!", "１３８００１３８０００", "+8613800138000"})
    void a_password_containing_the_persons_phone_number_is_refused(String password) {
        assertThat(reason(password, PHONE)).isEqualTo(Reason.CONTAINS_PHONE);
    }

    @Test
    void someone_elses_phone_number_or_a_part_of_ones_own_is_fine() {
        assertThat(policy.check("13912345678", PHONE)).isEqualTo(new Valid());
        assertThat(policy.check("kx 0013 8000 mz", PHONE)).isEqualTo(new Valid());
    }

    @Test
    void without_a_known_phone_number_a_phone_number_password_is_only_checked_for_length_and_commonness() {
        assertAccepted("13800138000");
    }

    @Test
    void a_length_problem_is_reported_before_the_phone_number() {
        assertThat(reason("1380013", PHONE)).isEqualTo(Reason.TOO_SHORT);
        assertThat(reason("13800138000" + "x".repeat(118), PHONE)).isEqualTo(Reason.TOO_LONG);
    }

    @Test
    void the_result_never_carries_the_password() {
        assertThat(check("a fine long passphrase").toString()).doesNotContain("passphrase");
        assertThat(check("password").toString()).doesNotContain("password");
    }
}
