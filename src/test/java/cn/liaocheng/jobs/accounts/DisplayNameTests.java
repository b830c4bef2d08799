package cn.liaocheng.jobs.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.DisplayName.Reason;
import org.junit.jupiter.api.Test;

class DisplayNameTests {

    @Test
    void names_in_any_script_up_to_30_characters_are_fine() {
        assertThat(DisplayName.problem("王芳")).isEmpty();
        assertThat(DisplayName.problem("  王阿姨  ")).isEmpty();
        assertThat(DisplayName.problem("Aygül Abdurehim")).isEmpty();
        assertThat(DisplayName.problem("𠀀".repeat(30))).isEmpty();
    }

    @Test
    void empty_too_long_and_invisible_characters_are_refused() {
        assertThat(DisplayName.problem(null)).contains(Reason.EMPTY);
        assertThat(DisplayName.problem("   ")).contains(Reason.EMPTY);
        assertThat(DisplayName.problem("王".repeat(31))).contains(Reason.TOO_LONG);
        assertThat(DisplayName.problem("王\n芳")).contains(Reason.CONTROL_CHARACTERS);
        assertThat(DisplayName.problem("王\u202e芳")).contains(Reason.CONTROL_CHARACTERS);
    }
}
