package cn.liaocheng.jobs.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.shell.PageHeading;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Roles at the view level, on the staff-only test route of the shell's tests ({@code test-only/staff},
 * {@code @RolesAllowed("CASEWORKER")}), so that the product needs no placeholder staff page.
 */
@SpringBootTest
@Import(RecordingSessionFixation.class)
class AccessControlTests extends SpringBrowserlessTest {

    private static final String STAFF_ONLY = "test-only/staff";

    @Autowired TestAccounts testAccounts;
    @Autowired NavigationAccessControl accessControl;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private String heading() {
        return $(PageHeading.class).single().getText();
    }

    private boolean staffPageShown() {
        return $(Component.class).all().stream()
                .anyMatch(c -> c.getClass().getSimpleName().equals("StaffOnlyView"));
    }

    @Test
    void the_checks_below_go_through_the_portals_access_control_with_vaadins_settings() {
        // security.PortalNavigationAccessControl replaces Vaadin's (no class-path scan per navigation); it must be the
        // one given to every UI, and enabled with the sign-in view, or these tests would test Vaadin's instead.
        assertThat(accessControl.getClass().getSimpleName()).isEqualTo("PortalNavigationAccessControl");
        assertThat(accessControl.isEnabled()).isTrue();
    }

    @Test
    void an_applicant_cannot_open_a_page_for_staff() {
        TestAccounts.signIn(testAccounts.applicant("王芳"));

        navigate(STAFF_ONLY, Component.class);

        assertThat(staffPageShown()).isFalse();
        assertThat(heading()).as("staff pages do not exist for them (decision 0015)").isEqualTo("找不到这个页面");
    }

    @Test
    void staff_can_open_it() {
        TestAccounts.signIn(testAccounts.create("工作人员", Role.CASEWORKER));

        navigate(STAFF_ONLY, Component.class);

        assertThat(staffPageShown()).isTrue();
    }

    @Test
    void a_signed_out_person_is_asked_to_sign_in_first() {
        navigate(STAFF_ONLY, Component.class);

        assertThat(staffPageShown()).isFalse();
        assertThat(heading()).isEqualTo("登录");
    }
}
