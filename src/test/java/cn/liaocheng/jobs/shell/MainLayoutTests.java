package cn.liaocheng.jobs.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

@SpringBootTest
class MainLayoutTests extends SpringBrowserlessTest {

    @Autowired ApplicationContext context;

    /** This browser tab's settings (a UI-scoped bean, so looked up while the test's UI is current). */
    private DisplaySettings display() {
        return context.getBean(DisplaySettings.class);
    }

    private NativeButton button(String id) {
        return $(NativeButton.class).id(id);
    }

    private String announced() {
        return $(Announcer.class).single().message();
    }

    @Test
    void every_page_has_a_skip_link_landmarks_and_the_city_site_header() {
        navigate("how-to-apply", Component.class);

        var skip = $(Anchor.class).withClassName("skip-link").single();
        assertThat(skip.getText()).isEqualTo("跳到主要内容");
        assertThat(skip.getHref()).isEqualTo("#main-content");
        assertThat($(Main.class).single().getId()).contains("main-content");
        assertThat($(Header.class).exists()).isTrue();
        assertThat($(Footer.class).exists()).isTrue();
        assertThat($(Nav.class).all()).extracting(nav -> nav.getElement().getAttribute("aria-label"))
                .contains("网站工具", "主要栏目");
        assertThat(button("toolbar-toggle").getText()).isEqualTo("无障碍阅读");
        assertThat(button("care-toggle").getText()).isEqualTo("关怀版");
        assertThat($(Anchor.class).id("home-link").getText()).isEqualTo("返回首页");
    }

    @Test
    void the_main_navigation_lists_the_four_kinds_the_checker_how_to_apply_the_plans_progress_the_quota_disclosure_and_the_plan() {
        navigate("how-to-apply", Component.class);

        var nav = $(Nav.class).withAttribute("aria-label", "主要栏目").single();
        assertThat($(Anchor.class, nav).all()).extracting(Anchor::getText)
                .containsExactly("培训课程", "创业孵化", "贷款", "就业岗位与项目", "我能申请什么", "如何申请", "计划进展", "按比例就业公示",
                        "行动方案");
    }

    @Test
    void menu_opens_and_closes_the_sections_and_closes_by_itself_after_navigating() {
        navigate("how-to-apply", Component.class);
        var menu = button("menu-toggle");
        var header = $(Header.class).single();

        assertThat(menu.getText()).isEqualTo("菜单");
        assertThat(menu.getElement().getAttribute("aria-controls")).isEqualTo("site-menu");
        assertThat(menu.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(header.hasClassName("menu-open")).isFalse();

        test(menu).click();
        assertThat(menu.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(header.hasClassName("menu-open")).isTrue();

        navigate("courses", Component.class);
        assertThat(button("menu-toggle").getElement().getAttribute("aria-expanded")).as("after navigating").isEqualTo("false");
        assertThat($(Header.class).single().hasClassName("menu-open")).isFalse();
    }

    @Test
    void the_header_is_only_marked_as_a_transaction_on_transaction_pages() {
        navigate("how-to-apply", Component.class);
        assertThat($(Header.class).single().hasClassName("transaction")).isFalse();

        navigate(TransactionLikeView.class);
        assertThat($(Header.class).single().hasClassName("transaction")).isTrue();

        navigate("how-to-apply", Component.class);
        assertThat($(Header.class).single().hasClassName("transaction")).as("after leaving it").isFalse();
    }

    /** A page in the middle of a transaction, as StepView and CheckAnswersView are (those need an application). */
    @Route(value = "test-only/transaction", layout = MainLayout.class)
    @AnonymousAllowed
    public static class TransactionLikeView extends Div implements TransactionPage {
        public TransactionLikeView() {
            add(new PageHeading("第 1 步"));
        }
    }

    @Test
    void the_care_mode_button_switches_care_mode_and_says_whether_it_is_on() {
        navigate("how-to-apply", Component.class);
        assertThat(button("care-toggle").getElement().getAttribute("aria-pressed")).isEqualTo("false");

        test(button("care-toggle")).click();

        assertThat(display().careMode()).isTrue();
        assertThat(button("care-toggle").getElement().getAttribute("aria-pressed")).isEqualTo("true");

        test(button("care-toggle")).click();

        assertThat(display().careMode()).isFalse();
    }

    @Test
    void a_link_with_care_1_switches_care_mode_on_and_care_0_off() {
        UI.getCurrent().navigate("how-to-apply", QueryParameters.of(MainLayout.CARE_PARAMETER, "1"));
        assertThat(display().careMode()).isTrue();

        UI.getCurrent().navigate("how-to-apply", QueryParameters.of(MainLayout.CARE_PARAMETER, "0"));
        assertThat(display().careMode()).isFalse();
    }

    @Test
    void the_reading_toolbar_is_hidden_until_asked_for() {
        navigate("how-to-apply", Component.class);
        assertThat($(AccessibilityToolbar.class).exists()).isFalse();
        assertThat(button("toolbar-toggle").getElement().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(button("toolbar-toggle").getElement().hasAttribute("aria-controls"))
                .as("nothing to point at while closed").isFalse();

        test(button("toolbar-toggle")).click();

        assertThat($(AccessibilityToolbar.class).single().isVisible()).isTrue();
        assertThat(button("toolbar-toggle").getElement().getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(button("toolbar-toggle").getElement().getAttribute("aria-controls")).isEqualTo("a11y-toolbar");

        test(button("toolbar-toggle")).click();
        assertThat(button("toolbar-toggle").getElement().hasAttribute("aria-controls")).isFalse();
    }

    @Test
    void a_tab_that_never_opens_the_reading_toolbar_holds_none_of_it() {
        navigate("how-to-apply", Component.class);
        assertThat(everything().filter(AccessibilityToolbar.class::isInstance))
                .as("not even hidden: it would be held for every tab").isEmpty();

        test(button("toolbar-toggle")).click();
        test(button("toolbar-toggle")).click();

        assertThat(everything().filter(AccessibilityToolbar.class::isInstance)).as("made once, then shown or hidden")
                .hasSize(1);
    }

    /** Every component of this tab, hidden ones too. */
    private static java.util.stream.Stream<Component> everything() {
        return descendants(UI.getCurrent());
    }

    private static java.util.stream.Stream<Component> descendants(Component component) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(component),
                component.getChildren().flatMap(MainLayoutTests::descendants));
    }

    @Test
    void the_text_size_buttons_announce_the_level_and_stop_at_the_limits() {
        navigate("how-to-apply", Component.class);
        test(button("toolbar-toggle")).click();
        var larger = $(NativeButton.class).withText("文字变大").single();
        var smaller = $(NativeButton.class).withText("文字变小").single();

        test(larger).click();
        assertThat(announced()).isEqualTo("文字大小：第 2 级，共 5 级");
        assertThat(display().current().textSize()).isEqualTo(1);

        for (int i = 0; i < 3; i++) {
            test(larger).click();
        }
        test(larger).click();
        assertThat(announced()).isEqualTo("文字已经是最大了");
        assertThat(display().current().textSize()).isEqualTo(DisplayPreferences.MAX_TEXT_SIZE);

        for (int i = 0; i < 5; i++) {
            test(smaller).click();
        }
        assertThat(announced()).isEqualTo("文字已经是最小了");
        assertThat(display().current().textSize()).isZero();
    }

    @Test
    void contrast_pointer_and_guide_settings_are_kept_and_reset_leaves_care_mode_alone() {
        navigate("how-to-apply", Component.class);
        test(button("care-toggle")).click();
        test(button("toolbar-toggle")).click();
        @SuppressWarnings("unchecked")
        NativeRadioGroup<DisplayPreferences.Contrast> contrast = $(NativeRadioGroup.class).all().stream()
                .filter(group -> group.getLegend().equals("配色")).findFirst().orElseThrow();
        var cursor = $(NativeButton.class).withText("大鼠标").single();

        NativeFieldTester.choose(contrast, "黑底黄字");
        test(cursor).click();
        test($(NativeButton.class).withText("阅读辅助线").single()).click();

        assertThat(display().current().contrast()).isEqualTo(DisplayPreferences.Contrast.YELLOW_ON_BLACK);
        assertThat(contrast.inputOf(DisplayPreferences.Contrast.YELLOW_ON_BLACK).hasAttribute("checked")).isTrue();
        assertThat(contrast.inputOf(DisplayPreferences.Contrast.STANDARD).hasAttribute("checked")).isFalse();
        assertThat(display().current().largeCursor()).isTrue();
        assertThat(cursor.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(display().current().readingGuide()).isTrue();

        test($(NativeButton.class).withText("全部恢复默认").single()).click();

        assertThat(display().current()).isEqualTo(DisplayPreferences.DEFAULT.withCareMode(true));
        assertThat(contrast.getValue()).isEqualTo(DisplayPreferences.Contrast.STANDARD);
        assertThat(contrast.inputOf(DisplayPreferences.Contrast.STANDARD).hasAttribute("checked")).isTrue();
        assertThat(contrast.inputOf(DisplayPreferences.Contrast.YELLOW_ON_BLACK).hasAttribute("checked")).isFalse();
        assertThat(cursor.getElement().getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(announced()).isEqualTo("阅读设置已恢复默认");
    }

    @Test
    void pausing_and_stopping_read_aloud_is_announced() {
        navigate("how-to-apply", Component.class);
        test(button("toolbar-toggle")).click();

        test($(NativeButton.class).withText("暂停朗读").single()).click();
        assertThat(announced()).isEqualTo("朗读已暂停");
        assertThat($(NativeButton.class).withText("继续朗读").exists()).isTrue();

        test($(NativeButton.class).withText("停止朗读").single()).click();
        assertThat(announced()).isEqualTo("朗读已停止");
        assertThat($(NativeButton.class).withText("暂停朗读").exists()).isTrue();
    }

    @Test
    void the_language_switch_offers_the_other_language_in_its_own_language() {
        navigate("how-to-apply", Component.class);

        var languageSwitch = button("language-switch");

        assertThat(languageSwitch.getText()).isEqualTo("English");
        assertThat(languageSwitch.getElement().getAttribute("lang")).isEqualTo("en");
    }
    @Test
    void signed_out_the_header_offers_sign_in_and_register() {
        navigate("how-to-apply", Component.class);

        assertThat($(Anchor.class).id("sign-in-link").getText()).isEqualTo("登录");
        assertThat($(Anchor.class).id("sign-in-link").getHref()).isEqualTo("sign-in");
        assertThat($(Anchor.class).id("register-link").getText()).isEqualTo("注册");
        assertThat($(NativeButton.class).withText("退出登录").exists()).isFalse();
    }

    @Test
    void the_header_links_are_kept_across_navigations_and_follow_a_sign_in_in_the_same_tab() {
        navigate("how-to-apply", Component.class);
        var signIn = $(Anchor.class).id("sign-in-link");
        navigate("courses", Component.class);
        assertThat($(Anchor.class).id("sign-in-link")).as("made once, not at every navigation").isSameAs(signIn);

        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "someone", null, List.of(new SimpleGrantedAuthority("ROLE_APPLICANT"))));
        try {
            navigate("how-to-apply", Component.class);

            assertThat($(Anchor.class).id("account-link").getText()).isEqualTo("我的账户");
            assertThat($(Anchor.class).withId("sign-in-link").exists()).isFalse();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void signed_in_the_header_offers_my_account_and_sign_out() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "someone", null, List.of(new SimpleGrantedAuthority("ROLE_APPLICANT"))));
        try {
            navigate("how-to-apply", Component.class);

            assertThat($(Anchor.class).id("account-link").getText()).isEqualTo("我的账户");
            assertThat($(Anchor.class).id("account-link").getHref()).isEqualTo("account");
            assertThat(button("sign-out").getText()).isEqualTo("退出登录");
            assertThat($(Anchor.class).withText("登录").exists()).isFalse();

            var httpSession = com.vaadin.flow.server.VaadinSession.getCurrent().getSession();
            // Browserless' mock session, unlike Tomcat's, still hands out the session just ended, and Spring Security
            // trips over it while tidying up after the logout; everything that matters has happened by then.
            org.assertj.core.api.Assertions.catchThrowable(() -> test(button("sign-out")).click());

            assertThatThrownBy(() -> httpSession.getAttribute("any")).isInstanceOf(IllegalStateException.class);

            assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
