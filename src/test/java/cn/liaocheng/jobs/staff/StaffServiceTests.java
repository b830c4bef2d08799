package cn.liaocheng.jobs.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.StaffAccounts;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.shared.County;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** Who the signed-in staff member is, and the county scope a query gets, for each kind of caller. */
@SpringBootTest
class StaffServiceTests {

    @Autowired StaffService staff;
    @Autowired StaffAccounts staffAccounts;
    @Autowired TestAccounts accounts;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void a_caseworker_is_scoped_to_their_county() {
        var caseworker = accounts.caseworker("莘县 张老师", County.SHENXIAN);
        TestAccounts.signIn(caseworker);

        var me = staff.requireCurrent();

        assertThat(me).isEqualTo(new StaffMember(caseworker.accountId(), "莘县 张老师", Role.CASEWORKER, County.SHENXIAN));
        assertThat(me.countyScope()).isEqualTo("SHENXIAN");
        assertThat(me.mayWorkIn(County.SHENXIAN)).isTrue();
        assertThat(me.mayWorkIn(County.DONGE)).isFalse();
    }

    @Test
    void a_city_administrator_sees_every_county() {
        TestAccounts.signIn(accounts.create("市残联 管理员", Role.CITY_ADMINISTRATOR));

        var me = staff.requireCurrent();

        assertThat(me.isAdministrator()).isTrue();
        assertThat(me.countyScope()).isNull();
        assertThat(me.mayWorkIn(County.DONGE)).isTrue();
    }

    @Test
    void a_loan_officer_gets_no_county_scope_at_all() {
        TestAccounts.signIn(accounts.create("农行 王经理", Role.LOAN_OFFICER));

        var me = staff.requireCurrent();

        assertThat(me.county()).isNull();
        assertThat(me.mayWorkIn(County.SHENXIAN)).isFalse();
        assertThatThrownBy(me::countyScope).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void applicants_and_signed_out_visitors_are_no_staff_members() {
        TestAccounts.signIn(accounts.applicant("王芳"));
        assertThat(staff.current()).isEmpty();
        assertThatThrownBy(staff::requireCurrent).isInstanceOf(AccessDeniedException.class);
        TestAccounts.browseSignedOut();
        assertThat(staff.current()).isEmpty();
        TestAccounts.signOut();
        assertThat(staff.current()).isEmpty();
    }

    @Test
    void a_changed_county_counts_at_once_and_a_changed_role_or_switched_off_account_ends_staff_access() {
        var caseworker = accounts.caseworker("莘县 张老师", County.SHENXIAN);
        TestAccounts.signIn(accounts.create("市残联 管理员", Role.CITY_ADMINISTRATOR));
        staffAccounts.change(caseworker.accountId(), Role.CASEWORKER, County.DONGE);
        TestAccounts.signIn(caseworker);
        assertThat(staff.requireCurrent().county()).isEqualTo(County.DONGE);

        TestAccounts.signIn(accounts.create("市残联 管理员", Role.CITY_ADMINISTRATOR));
        staffAccounts.change(caseworker.accountId(), Role.LOAN_OFFICER, null);
        TestAccounts.signIn(caseworker); // the session still says CASEWORKER
        assertThat(staff.current()).as("until signing in again").isEmpty();

        var other = accounts.caseworker("东阿县 李老师", County.DONGE);
        TestAccounts.signIn(accounts.create("市残联 管理员", Role.CITY_ADMINISTRATOR));
        staffAccounts.deactivate(other.accountId());
        TestAccounts.signIn(other);
        assertThat(staff.current()).isEmpty();
    }
}
