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
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

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
    @RolesAllowed("CASEWORKER")
    public static class StaffOnlyView extends Div {
    }

    /** A page like a form's step: the next step is the same view with another parameter. */
    @Route(value = "test-only/step/:step", layout = MainLayout.class)
    @AnonymousAllowed
    public static class StepLikeView extends Div {
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

        new PortalErrorHandler(Clock.systemUTC()).error(new ErrorEvent(new IllegalStateException("database is gone")));

        var problem = $(Paragraph.class).withClassName("problem").single().getText();
        assertThat(problem).startsWith("抱歉，刚才的操作没有完成").containsPattern("[0-9A-F]{8}$").doesNotContain("database");
        assertThat($(Announcer.class).single().message()).isEqualTo(problem);
        assertThat(heading()).isEqualTo("如何申请");

        navigate("", Div.class);
        assertThat($(Paragraph.class).withClassName("problem").exists()).isFalse();
    }

    @Test
    void the_apology_goes_when_the_person_moves_on_to_the_next_step_of_the_same_form() {
        navigate("test-only/step/experience", StepLikeView.class);
        new PortalErrorHandler(Clock.systemUTC()).error(new ErrorEvent(new IllegalStateException("database is gone")));
        assertThat($(Paragraph.class).withClassName("problem").exists()).isTrue();

        navigate("test-only/step/farming", StepLikeView.class);

        assertThat($(Paragraph.class).withClassName("problem").exists()).isFalse();
    }

    @Test
    void a_database_outage_is_announced_with_advice_to_try_later_and_not_again_at_every_failed_save() {
        navigate("how-to-apply", Div.class);
        var start = Instant.parse("2026-12-01T02:00:00Z");
        var outage = new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 2000ms"));
        var announcer = $(Announcer.class).single();

        new PortalErrorHandler(Clock.fixed(start, ZoneOffset.UTC)).error(new ErrorEvent(outage));
        var first = $(Paragraph.class).withClassName("problem").single().getText();
        assertThat(first).startsWith("抱歉，网站暂时出了故障").contains("您填写的内容还在", "请过几分钟再试")
                .containsPattern("[0-9A-F]{8}$").doesNotContain("Hikari", "JDBC");
        assertThat(announcer.getElement().getText()).isEqualTo(first);

        // The draft saved while typing fails too, a few seconds later: nothing new to say, nothing said.
        new PortalErrorHandler(Clock.fixed(start.plusSeconds(5), ZoneOffset.UTC)).error(new ErrorEvent(outage));
        assertThat(announcer.getElement().getText()).isEqualTo(first);
        assertThat($(Paragraph.class).withClassName("problem").single().getText()).isEqualTo(first);

        // Still failing a while later: said again, with a new reference.
        new PortalErrorHandler(Clock.fixed(start.plus(PortalErrorHandler.REPEAT_AFTER), ZoneOffset.UTC)).error(new ErrorEvent(outage));
        var later = $(Paragraph.class).withClassName("problem").single().getText();
        assertThat(later).startsWith("抱歉，网站暂时出了故障").isNotEqualTo(first);
        assertThat(announcer.message()).isEqualTo(later);

        // Any other failure is never held back.
        new PortalErrorHandler(Clock.fixed(start.plusSeconds(16), ZoneOffset.UTC)).error(new ErrorEvent(new IllegalStateException("bug")));
        assertThat(announcer.message()).startsWith("抱歉，刚才的操作没有完成");
        assertThat(PortalErrorHandler.databaseUnavailable(new IllegalStateException("bug"))).isFalse();
    }

    @Test
    void a_connection_that_dies_inside_a_transaction_counts_as_the_database_being_gone() {
        // What PostgreSQL's fast shutdown does to a save in progress: the statement fails, then so does the rollback.
        var statement = new DataAccessResourceFailureException("FATAL: terminating connection due to administrator command");
        var failedRollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("This connection has been closed.", "08003"));
        failedRollback.initApplicationException(statement);
        assertThat(PortalErrorHandler.databaseUnavailable(failedRollback)).isTrue();
        assertThat(PortalErrorHandler.databaseUnavailable(new TransactionSystemException("JDBC rollback failed",
                new SQLException("This connection has been closed.", "08003")))).isTrue();
        assertThat(PortalErrorHandler.databaseUnavailable(new SQLException("shutting down", "57P01"))).isTrue();
        // A constraint or a syntax error is a bug or bad data, not an outage.
        assertThat(PortalErrorHandler.databaseUnavailable(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(PortalErrorHandler.databaseUnavailable(new TransactionSystemException("commit failed",
                new SQLException("serialization", "40001")))).isFalse();
    }

    @Test
    void a_page_for_staff_is_not_shown_to_someone_signed_out() {
        navigate("test-only/staff", Div.class);

        assertThat($(StaffOnlyView.class).exists()).isFalse();
        // Vaadin's access control sends signed-out people to the sign-in page (accounts), if there is one.
        assertThat(heading()).isIn("登录", "您没有查看这个页面的权限", "找不到这个页面");
    }
}
