package cn.liaocheng.jobs.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.shell.Announcer;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;

@SpringBootTest
@Import(RecordingSessionFixation.class)
class IdleSessionsTests extends SpringBrowserlessTest {

    @Autowired TestAccounts testAccounts;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private java.util.Optional<IdleWarning> warning() {
        return UI.getCurrent().getChildren().filter(IdleWarning.class::isInstance).map(IdleWarning.class::cast)
                .findFirst();
    }

    @Test
    void heartbeats_do_not_keep_a_session_alive_for_ever() {
        var configuration = VaadinService.getCurrent().getDeploymentConfiguration();

        assertThat(configuration.isCloseIdleSessions()).isTrue();
        assertThat(configuration.getHeartbeatInterval()).isEqualTo(60);
    }

    @Test
    void a_signed_in_person_gets_the_warning_two_minutes_before_the_30_minute_timeout() {
        TestAccounts.signIn(testAccounts.applicant("王芳"));

        navigate("how-to-apply", com.vaadin.flow.component.Component.class);

        var dialog = warning().orElseThrow();
        assertThat(dialog.getElement().getTag()).isEqualTo("dialog");
        assertThat(dialog.getElement().getAttribute("data-timeout-ms")).isEqualTo("1800000");
        assertThat(dialog.getElement().getAttribute("data-warn-ms")).isEqualTo("120000");
        assertThat(dialog.getElement().getAttribute("aria-labelledby")).isEqualTo("idle-warning-heading");
        assertThat(dialog.getElement().getTextRecursively()).contains("您还在吗？", "大约 2 分钟后将自动退出", "继续使用");
    }

    @Test
    void the_stay_button_extends_and_says_so() {
        TestAccounts.signIn(testAccounts.applicant("李明"));
        navigate("how-to-apply", com.vaadin.flow.component.Component.class);

        test($(NativeButton.class).id("idle-stay")).click();

        assertThat($(Announcer.class).single().message()).isEqualTo("已为您延长，30 分钟内没有操作才会自动退出。");
    }

    @Test
    void signed_out_visitors_get_no_warning() {
        navigate("how-to-apply", com.vaadin.flow.component.Component.class);

        assertThat(warning()).isEmpty();
    }

    @Test
    void an_ended_session_of_a_signed_in_person_leads_to_the_sign_in_page_with_an_explanation() {
        TestAccounts.signIn(testAccounts.applicant("张三"));
        var service = VaadinService.getCurrent();

        var messages = service.getSystemMessages(Locale.CHINA, VaadinRequest.getCurrent());

        assertThat(messages.isSessionExpiredNotificationEnabled()).isFalse();
        assertThat(messages.getSessionExpiredURL()).endsWith("/sign-in?expired");
    }

    @Test
    void an_ended_session_of_a_visitor_just_reloads_the_page() {
        var messages = VaadinService.getCurrent().getSystemMessages(Locale.CHINA, VaadinRequest.getCurrent());

        assertThat(messages.isSessionExpiredNotificationEnabled()).isFalse();
        assertThat(messages.getSessionExpiredURL()).isNull();
    }

    @Test
    void when_vaadin_closes_an_idle_session_the_http_session_with_the_sign_in_ends_too() {
        var http = new MockHttpSession();
        var session = org.mockito.Mockito.mock(VaadinSession.class);
        org.mockito.Mockito.when(session.getAttribute(IdleSessions.HTTP_SESSION)).thenReturn(new WrappedHttpSession(http));

        IdleSessions.endHttpSession(session);

        assertThat(http.isInvalid()).isTrue();
    }
}
