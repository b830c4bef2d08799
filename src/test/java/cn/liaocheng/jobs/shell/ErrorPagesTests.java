package cn.liaocheng.jobs.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ErrorPagesTests extends SpringBrowserlessTest {

    /** A page that fails while opening, as a bug or a lost database connection would make it. */
    @Route(value = "test-only/broken", layout = MainLayout.class)
    @AnonymousAllowed
    public static class BrokenView extends Div implements BeforeEnterObserver {
        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            throw new IllegalStateException("database is gone");
        }
    }

    /** A page only staff may open. */
    @Route(value = "test-only/staff", layout = MainLayout.class)
    @RolesAllowed("STAFF")
    public static class StaffOnlyView extends Div {
    }

    private String heading() {
        return $(PageHeading.class).single().getText();
    }

    @Test
    void an_unknown_address_shows_the_not_found_page_in_the_normal_frame() {
        navigate("no/such/page", NotFoundView.class);

        assertThat(heading()).isEqualTo("找不到这个页面");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("找不到这个页面 - 聊城残疾人就业服务");
        assertThat($(Anchor.class).withText("返回首页").exists()).isTrue();
        assertThat($(MainLayout.class).exists()).isTrue();
    }

    @Test
    void a_failure_shows_an_apology_with_a_reference_and_no_technical_detail() {
        navigate("test-only/broken", InternalErrorView.class);

        assertThat(heading()).isEqualTo("抱歉，网站出了问题");
        var text = $(InternalErrorView.class).single().getElement().getTextRecursively();
        assertThat(text).containsPattern("这个编号：[0-9A-F]{8}");
        assertThat(text).doesNotContain("database is gone", "Exception");
        assertThat($(Paragraph.class).withTextContaining("0635-8210000").exists()).isTrue();
    }

    @Test
    void a_failing_action_is_shown_and_announced_with_a_reference_and_the_page_stays() {
        navigate("how-to-apply", Div.class);

        new PortalErrorHandler().error(new ErrorEvent(new IllegalStateException("database is gone")));

        var problem = $(Paragraph.class).withClassName("problem").single().getText();
        assertThat(problem).startsWith("抱歉，刚才的操作没有完成").containsPattern("[0-9A-F]{8}$").doesNotContain("database");
        assertThat($(Announcer.class).single().message()).isEqualTo(problem);
        assertThat(heading()).isEqualTo("如何申请");

        navigate("", Div.class);
        assertThat($(Paragraph.class).withClassName("problem").exists()).isFalse();
    }

    @Test
    void a_page_for_staff_is_not_shown_to_someone_signed_out() {
        navigate("test-only/staff", Div.class);

        assertThat($(StaffOnlyView.class).exists()).isFalse();
        // Vaadin's access control sends signed-out people to the sign-in page (accounts), if there is one.
        assertThat(heading()).isIn("登录", "您没有查看这个页面的权限", "找不到这个页面");
    }
}
