package cn.liaocheng.jobs.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.liaocheng.jobs.accounts.AccountService;
import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.StaffAccounts;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.audit.AuditedAction;
import cn.liaocheng.jobs.shared.County;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Asking to represent a unit, and staff confirming it in their county only, on the embedded PostgreSQL. */
@SpringBootTest
class EmployerUnitsTests {

    @Autowired EmployerUnits units;
    @Autowired TestAccounts accounts;
    @Autowired TestQuota quota;
    @Autowired AccountService accountService;
    @Autowired StaffAccounts staffAccounts;
    @Autowired JdbcClient jdbc;
    @Autowired cn.liaocheng.jobs.profile.TestPeople people;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private EmployerUnit unit(long id) {
        return jdbc.sql("select version, status from quota_unit where id = :id").param("id", id)
                .query((rs, n) -> new EmployerUnit(id, "", "", County.SHENXIAN, UnitKind.OTHER, false, null, null,
                        UnitStatus.valueOf(rs.getString("status")), java.time.Instant.EPOCH, null, null, false,
                        rs.getInt("version"))).single();
    }

    @Test
    void a_request_with_a_mistyped_credit_code_names_the_field_and_saves_nothing() {
        TestAccounts.signIn(accounts.applicant("刘人事"));
        var typed = new UnitRequest("  ", "91350100M000100Y44", County.SHENXIAN, UnitKind.STATE_ENTERPRISE, false, "");

        var outcome = units.request(typed);

        assertThat(outcome).isInstanceOfSatisfying(RequestOutcome.Invalid.class, invalid ->
                assertThat(invalid.problems()).extracting(Problem::field, Problem::messageKey).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("name", "quota.request.name.missing"),
                        org.assertj.core.groups.Tuple.tuple("creditCode", "quota.request.code.invalid"),
                        org.assertj.core.groups.Tuple.tuple("position", "quota.request.position.missing")));
        assertThat(units.mine()).isEmpty();
    }

    @Test
    void an_account_with_its_own_profile_or_people_it_helps_stays_an_applicant_account() {
        var withProfile = accounts.applicant("李有资料");
        people.self(withProfile);
        var helper = accounts.applicant("张代办");
        people.helpedBy(helper, cn.liaocheng.jobs.profile.Relationship.values()[0], true);

        for (var who : java.util.List.of(withProfile, helper)) {
            TestAccounts.signIn(who);
            assertThat(units.request(TestQuota.request("莘县某公司", County.SHENXIAN, UnitKind.OTHER)))
                    .isInstanceOf(RequestOutcome.HoldsApplicantData.class);
            assertThat(units.mine()).isEmpty();
        }
    }

    @Test
    void one_open_request_per_account() {
        var pending = quota.pending("莘县某公司", County.SHENXIAN, UnitKind.OTHER);
        TestAccounts.signIn(pending.account());

        assertThat(units.request(TestQuota.request("另一家公司", County.SHENXIAN, UnitKind.OTHER)))
                .isInstanceOf(RequestOutcome.AlreadyRequested.class);
        assertThat(units.mine()).hasValueSatisfying(unit -> {
            assertThat(unit.name()).isEqualTo("莘县某公司");
            assertThat(unit.status()).isEqualTo(UnitStatus.PENDING);
        });
    }

    @Test
    void a_county_administrator_confirms_a_request_of_the_county_and_the_account_becomes_an_employer_audited() {
        var pending = quota.pending("莘县某事业单位", County.SHENXIAN, UnitKind.PUBLIC_INSTITUTION);
        var administrator = accounts.countyAdministrator("莘县 赵主任", County.SHENXIAN);
        TestAccounts.signIn(administrator);
        assertThat(units.pending()).extracting(p -> p.unit().requireId()).contains(pending.unitId());
        assertThat(units.pending()).filteredOn(p -> p.unit().requireId() == pending.unitId())
                .extracting(EmployerUnits.PendingUnit::representativeName).containsExactly("莘县某事业单位 人事科");

        assertThat(units.confirm(pending.unitId(), unit(pending.unitId()).version()))
                .isInstanceOf(DecisionOutcome.Done.class);

        assertThat(accountService.find(pending.account().accountId()).orElseThrow().role()).isEqualTo(Role.EMPLOYER);
        assertThat(unit(pending.unitId()).status()).isEqualTo(UnitStatus.CONFIRMED);
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where action = :action and actor_account_id = :actor
                and detail like :detail""")
                .param("action", AuditedAction.EMPLOYER_CONFIRMED.name()).param("actor", administrator.accountId())
                .param("detail", "quota unit " + pending.unitId() + ",%").query(Long.class).single()).isEqualTo(1);
        assertThat(units.pending()).extracting(p -> p.unit().requireId()).doesNotContain(pending.unitId());
    }

    @Test
    void a_donge_county_administrator_can_neither_see_nor_confirm_a_shenxian_unit() {
        var pending = quota.pending("莘县某国企", County.SHENXIAN, UnitKind.STATE_ENTERPRISE);
        TestAccounts.signIn(accounts.countyAdministrator("东阿县 孙主任", County.DONGE));

        assertThat(units.pending()).extracting(p -> p.unit().requireId()).doesNotContain(pending.unitId());
        assertThat(units.confirm(pending.unitId(), 0)).isInstanceOf(DecisionOutcome.NotFound.class);
        assertThat(units.refuse(pending.unitId(), 0)).isInstanceOf(DecisionOutcome.NotFound.class);
        assertThat(unit(pending.unitId()).status()).isEqualTo(UnitStatus.PENDING);
        assertThat(accountService.find(pending.account().accountId()).orElseThrow().role()).isEqualTo(Role.APPLICANT);
    }

    @Test
    void a_city_level_unit_is_for_the_city_administrator_only() {
        var pending = quota.pending("聊城市某局", County.CITYWIDE, UnitKind.PARTY_GOVERNMENT_ORGAN);
        TestAccounts.signIn(accounts.countyAdministrator("莘县 赵主任", County.SHENXIAN));
        assertThat(units.confirm(pending.unitId(), 0)).isInstanceOf(DecisionOutcome.NotFound.class);

        TestAccounts.signIn(accounts.create("市残联 管理员", Role.CITY_ADMINISTRATOR));
        assertThat(units.confirm(pending.unitId(), unit(pending.unitId()).version()))
                .isInstanceOf(DecisionOutcome.Done.class);
    }

    @Test
    void caseworkers_applicants_and_employers_may_not_decide() {
        var pending = quota.pending("莘县某厂", County.SHENXIAN, UnitKind.OTHER);
        for (var who : new cn.liaocheng.jobs.accounts.PortalUser[] {
                accounts.caseworker("莘县 张老师", County.SHENXIAN), accounts.applicant("王五"),
                accounts.create("某单位 填报人", Role.EMPLOYER), accounts.create("农行 王经理", Role.LOAN_OFFICER)}) {
            TestAccounts.signIn(who);
            assertThatThrownBy(() -> units.confirm(pending.unitId(), 0)).as(who.role().name())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> units.pending()).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(unit(pending.unitId()).status()).isEqualTo(UnitStatus.PENDING);
    }

    @Test
    void a_decision_on_an_old_version_is_a_conflict_and_a_refused_person_may_ask_again() {
        var pending = quota.pending("莘县某合作社", County.SHENXIAN, UnitKind.OTHER);
        TestAccounts.signIn(accounts.countyAdministrator("莘县 赵主任", County.SHENXIAN));
        int version = unit(pending.unitId()).version();
        assertThat(units.refuse(pending.unitId(), version)).isInstanceOf(DecisionOutcome.Done.class);
        assertThat(units.confirm(pending.unitId(), version)).isInstanceOf(DecisionOutcome.Conflict.class);
        assertThat(accountService.find(pending.account().accountId()).orElseThrow().role()).isEqualTo(Role.APPLICANT);

        TestAccounts.signIn(pending.account());
        assertThat(units.mine()).hasValueSatisfying(u -> assertThat(u.status()).isEqualTo(UnitStatus.REFUSED));
        assertThat(units.request(TestQuota.request("莘县某合作社", County.SHENXIAN, UnitKind.OTHER)))
                .isInstanceOf(RequestOutcome.Requested.class);
    }

    @Test
    void a_unit_has_one_confirmed_representative() {
        var first = quota.pending("莘县某医院", County.SHENXIAN, UnitKind.PUBLIC_INSTITUTION);
        var code = jdbc.sql("select credit_code from quota_unit where id = :id").param("id", first.unitId())
                .query(String.class).single();
        var secondAccount = accounts.applicant("另一位人事");
        TestAccounts.signIn(secondAccount);
        var second = (RequestOutcome.Requested) units.request(
                new UnitRequest("莘县某医院", code, County.SHENXIAN, UnitKind.PUBLIC_INSTITUTION, false, "科员"));
        TestAccounts.signIn(accounts.countyAdministrator("莘县 赵主任", County.SHENXIAN));
        assertThat(units.confirm(first.unitId(), unit(first.unitId()).version())).isInstanceOf(DecisionOutcome.Done.class);

        assertThat(units.confirm(second.unitId(), unit(second.unitId()).version()))
                .isInstanceOf(DecisionOutcome.AccountUnavailable.class);
        assertThat(accountService.find(secondAccount.accountId()).orElseThrow().role()).isEqualTo(Role.APPLICANT);
        TestAccounts.signIn(accounts.applicant("第三位人事"));
        assertThat(units.request(new UnitRequest("莘县某医院", code, County.SHENXIAN, UnitKind.PUBLIC_INSTITUTION,
                false, "科员"))).isInstanceOfSatisfying(RequestOutcome.Invalid.class, invalid ->
                        assertThat(invalid.problems()).extracting(Problem::messageKey)
                                .containsExactly("quota.request.code.taken"));
    }

    @Test
    void only_an_applicant_account_becomes_an_employer() {
        TestAccounts.signIn(accounts.create("市残联 管理员", Role.CITY_ADMINISTRATOR));
        var caseworker = accounts.caseworker("莘县 张老师", County.SHENXIAN);
        assertThat(staffAccounts.makeEmployer(caseworker.accountId())).isFalse();
        assertThat(accountService.find(caseworker.accountId()).orElseThrow().role()).isEqualTo(Role.CASEWORKER);
        var applicant = accounts.applicant("赵六");
        assertThat(staffAccounts.makeEmployer(applicant.accountId())).isTrue();
        assertThat(staffAccounts.makeEmployer(applicant.accountId())).as("already an employer").isFalse();

        TestAccounts.signIn(accounts.caseworker("莘县 张老师", County.SHENXIAN));
        assertThatThrownBy(() -> staffAccounts.makeEmployer(accounts.applicant("钱七").accountId()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
