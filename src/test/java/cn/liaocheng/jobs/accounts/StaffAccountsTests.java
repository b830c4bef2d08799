package cn.liaocheng.jobs.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.liaocheng.jobs.shared.County;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** Only a city administrator creates, changes and switches off staff accounts; method security says so. */
@SpringBootTest
class StaffAccountsTests {

    @Autowired StaffAccounts staffAccounts;
    @Autowired TestAccounts testAccounts;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    enum Caller {
        APPLICANT, CASEWORKER, LOAN_OFFICER, SIGNED_OUT
    }

    private void signInAs(Caller caller) {
        switch (caller) {
            case APPLICANT -> TestAccounts.signIn(testAccounts.applicant("王芳"));
            case CASEWORKER -> TestAccounts.signIn(testAccounts.caseworker("莘县 张老师", County.SHENXIAN));
            case LOAN_OFFICER -> TestAccounts.signIn(testAccounts.create("农行 王经理", Role.LOAN_OFFICER));
            case SIGNED_OUT -> TestAccounts.browseSignedOut();
        }
    }

    private PortalUser signInAsAdministrator() {
        var administrator = testAccounts.create("市残联 管理员", Role.CITY_ADMINISTRATOR);
        TestAccounts.signIn(administrator);
        return administrator;
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void nobody_but_a_city_administrator_creates_changes_lists_or_switches_off_staff_accounts(Caller caller) {
        var someone = testAccounts.caseworker("东阿县 李老师", County.DONGE);
        signInAs(caller);

        List<Consumer<StaffAccounts>> actions = List.of(
                s -> s.create(TestAccounts.uniquePhone(), "新同事", Role.CASEWORKER, County.SHENXIAN),
                s -> s.change(someone.accountId(), Role.CITY_ADMINISTRATOR, null),
                s -> s.deactivate(someone.accountId()),
                s -> s.reactivate(someone.accountId()),
                s -> s.requirePasswordSetup(someone.accountId()),
                StaffAccounts::list,
                s -> s.find(someone.accountId()));
        actions.forEach(action -> assertThatThrownBy(() -> action.accept(staffAccounts))
                .isInstanceOf(AccessDeniedException.class));

        signInAsAdministrator();
        assertThat(staffAccounts.find(someone.accountId()).orElseThrow().county()).as("nothing changed")
                .isEqualTo(County.DONGE);
    }

    @Test
    void an_administrator_creates_a_caseworker_without_a_password() {
        signInAsAdministrator();
        var phone = TestAccounts.uniquePhone();

        var created = staffAccounts.create(phone, " 莘县 刘老师 ", Role.CASEWORKER, County.SHENXIAN);

        assertThat(created).isInstanceOf(StaffChange.Saved.class);
        var account = staffAccounts.find(((StaffChange.Saved) created).accountId()).orElseThrow();
        assertThat(account).extracting(StaffAccounts.StaffAccount::name, StaffAccounts.StaffAccount::phone,
                StaffAccounts.StaffAccount::role, StaffAccounts.StaffAccount::county,
                StaffAccounts.StaffAccount::active, StaffAccounts.StaffAccount::passwordSet)
                .containsExactly("莘县 刘老师", phone, Role.CASEWORKER, County.SHENXIAN, true, false);
        assertThat(staffAccounts.list()).extracting(StaffAccounts.StaffAccount::accountId)
                .contains(account.accountId());
        assertThat(staffAccounts.create(phone, "又一个", Role.LOAN_OFFICER, null)).isEqualTo(new StaffChange.PhoneTaken());
    }

    @Test
    void a_caseworker_needs_one_county_and_the_other_roles_none() {
        signInAsAdministrator();

        assertThat(staffAccounts.create(TestAccounts.uniquePhone(), "无县", Role.CASEWORKER, null))
                .isEqualTo(new StaffChange.CountyRequired());
        assertThat(staffAccounts.create(TestAccounts.uniquePhone(), "全市", Role.CASEWORKER, County.CITYWIDE))
                .isEqualTo(new StaffChange.CountyRequired());
        var officer = (StaffChange.Saved) staffAccounts.create(TestAccounts.uniquePhone(), "农行", Role.LOAN_OFFICER,
                County.SHENXIAN);
        assertThat(staffAccounts.find(officer.accountId()).orElseThrow().county()).as("ignored").isNull();
        assertThat(staffAccounts.change(officer.accountId(), Role.CASEWORKER, County.GUANXIAN))
                .isInstanceOf(StaffChange.Saved.class);
        assertThat(staffAccounts.find(officer.accountId()).orElseThrow().county()).isEqualTo(County.GUANXIAN);
        assertThat(staffAccounts.create(TestAccounts.uniquePhone(), "县管理员", Role.COUNTY_ADMINISTRATOR, null))
                .isEqualTo(new StaffChange.CountyRequired());
        var lead = (StaffChange.Saved) staffAccounts.create(TestAccounts.uniquePhone(), "莘县 主任",
                Role.COUNTY_ADMINISTRATOR, County.SHENXIAN);
        assertThat(staffAccounts.find(lead.accountId()).orElseThrow().county()).isEqualTo(County.SHENXIAN);
    }

    @Test
    void employers_are_not_staff_and_cannot_be_made_here() {
        signInAsAdministrator();
        assertThatThrownBy(() -> staffAccounts.create(TestAccounts.uniquePhone(), "某单位", Role.EMPLOYER, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(staffAccounts.find(testAccounts.create("某单位 人事科", Role.EMPLOYER).accountId())).isEmpty();
    }

    @Test
    void applicants_accounts_are_not_managed_here() {
        signInAsAdministrator();
        var applicant = testAccounts.applicant("王芳");

        assertThat(staffAccounts.find(applicant.accountId())).isEmpty();
        assertThat(staffAccounts.change(applicant.accountId(), Role.CITY_ADMINISTRATOR, null))
                .isEqualTo(new StaffChange.NotFound());
        assertThat(staffAccounts.deactivate(applicant.accountId())).isEqualTo(new StaffChange.NotFound());
    }

    @Test
    void an_administrator_cannot_change_their_own_account_and_one_administrator_always_stays() {
        var me = signInAsAdministrator();
        assertThat(staffAccounts.deactivate(me.accountId())).isEqualTo(new StaffChange.OwnAccount());
        assertThat(staffAccounts.change(me.accountId(), Role.LOAN_OFFICER, null)).isEqualTo(new StaffChange.OwnAccount());

        var other = testAccounts.create("另一位管理员", Role.CITY_ADMINISTRATOR);
        assertThat(staffAccounts.deactivate(other.accountId())).isInstanceOf(StaffChange.Saved.class);
        assertThat(staffAccounts.find(other.accountId()).orElseThrow().active()).isFalse();
        assertThat(staffAccounts.reactivate(other.accountId())).isInstanceOf(StaffChange.Saved.class);
    }

    @Test
    void an_administrator_switched_off_while_signed_in_can_change_nothing_more() {
        var first = signInAsAdministrator();
        var second = testAccounts.create("另一位管理员", Role.CITY_ADMINISTRATOR);
        assertThat(staffAccounts.deactivate(second.accountId())).isInstanceOf(StaffChange.Saved.class);

        TestAccounts.signIn(second); // the session still says CITY_ADMINISTRATOR
        assertThatThrownBy(() -> staffAccounts.deactivate(first.accountId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(staffAccounts::list).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_removed_password_is_set_again_with_a_code() {
        signInAsAdministrator();
        var caseworker = testAccounts.caseworker("莘县 周老师", County.SHENXIAN);

        assertThat(staffAccounts.requirePasswordSetup(caseworker.accountId())).isInstanceOf(StaffChange.Saved.class);

        assertThat(staffAccounts.find(caseworker.accountId()).orElseThrow().passwordSet()).isFalse();
    }
}
