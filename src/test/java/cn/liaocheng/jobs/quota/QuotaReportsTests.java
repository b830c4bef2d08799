package cn.liaocheng.jobs.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.audit.AuditedAction;
import cn.liaocheng.jobs.shared.County;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Drafts, one submission a year with revisions, staff approval of reserved posts and its event, the 公示. */
@SpringBootTest
@RecordApplicationEvents
class QuotaReportsTests {

    @Autowired QuotaReports reports;
    @Autowired TestAccounts accounts;
    @Autowired TestQuota quota;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    private static final ReservedPost ARCHIVE = new ReservedPost("档案整理员", 2, County.SHENXIAN, "高中及以上学历");
    private static final ReservedPost PHONE = new ReservedPost("客服专员", 1, County.DONGCHANGFU, "普通话标准");

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void a_draft_keeps_half_filled_figures_and_a_second_tab_with_an_old_version_gets_a_conflict() {
        TestAccounts.signIn(quota.employer("莘县某国企", County.SHENXIAN, UnitKind.STATE_ENTERPRISE));
        var first = (ReportOutcome.Saved) reports.saveDraft(
                new ReportFigures(120, null, null, null, List.of()), null);
        assertThat(first.report().status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(first.report().revision()).isEqualTo(1);

        var second = (ReportOutcome.Saved) reports.saveDraft(TestQuota.figures(120, 1), first.report().version());
        assertThat(reports.saveDraft(TestQuota.figures(120, 3), first.report().version()))
                .isInstanceOf(ReportOutcome.Conflict.class);
        assertThat(reports.mine(reports.currentYear()).orElseThrow().draft().orElseThrow().disabledEmployees())
                .isEqualTo(second.report().disabledEmployees()).isEqualTo(1);
    }

    @Test
    void submission_needs_every_figure_and_names_each_missing_one() {
        TestAccounts.signIn(quota.employer("聊城市某局", County.CITYWIDE, UnitKind.PARTY_GOVERNMENT_ORGAN));
        var outcome = reports.submit(new ReportFigures(null, null, null, null,
                List.of(new ReservedPost(" ", 0, County.CITYWIDE, ""))), null);
        assertThat(outcome).isInstanceOfSatisfying(ReportOutcome.Invalid.class, invalid ->
                assertThat(invalid.problems()).extracting(Problem::field).containsExactly("totalStaff",
                        "disabledEmployees", "authorisedPosts", "post.0.title", "post.0.places", "post.0.requirements",
                        "postsContact"));
        assertThat(reports.submit(TestQuota.figures(10, 11), null)).isInstanceOfSatisfying(
                ReportOutcome.Invalid.class, invalid -> assertThat(invalid.problems()).extracting(Problem::messageKey)
                        .contains("quota.report.disabled.more-than-staff"));
        assertThat(reports.mine(reports.currentYear()).orElseThrow().submitted()).isEmpty();
    }

    @Test
    void a_submitted_report_is_final_and_a_correction_is_a_new_revision_that_replaces_it_in_the_disclosure() {
        var employer = quota.reported("莘县某公司", County.SHENXIAN, UnitKind.STATE_ENTERPRISE,
                TestQuota.figures(200, 2));
        TestAccounts.signIn(employer);
        var mine = reports.mine(reports.currentYear()).orElseThrow();
        var submitted = mine.submitted().orElseThrow();
        assertThat(mine.draft()).isEmpty();
        assertThatThrownBy(() -> jdbc.sql("update quota_report set disabled_employees = 3 where id = :id")
                .param("id", submitted.requireId()).update())
                .as("the database refuses to edit a submitted report").hasMessageContaining("final");

        var correction = (ReportOutcome.Saved) reports.submit(TestQuota.figures(200, 3), null);

        assertThat(correction.report().revision()).isEqualTo(2);
        assertThat(jdbc.sql("select status from quota_report where id = :id").param("id", submitted.requireId())
                .query(String.class).single()).isEqualTo("SUPERSEDED");
        TestAccounts.signOut();
        var line = reports.disclosure(reports.currentYear()).stream()
                .filter(d -> d.unitId() == correction.report().unitId()).toList();
        assertThat(line).singleElement().satisfies(d -> {
            assertThat(d.assessment().meets()).isTrue();
            assertThat(d.totalStaff()).isEqualTo(200);
        });
    }

    @Test
    void approving_reserved_posts_publishes_one_event_per_post_with_what_an_offer_needs_and_is_audited() {
        quota.reported("莘县某医院", County.SHENXIAN, UnitKind.STATE_ENTERPRISE, TestQuota.figures(300, 2, ARCHIVE,
                PHONE));
        var administrator = accounts.countyAdministrator("莘县 赵主任", County.SHENXIAN);
        TestAccounts.signIn(administrator);
        var waiting = reports.postsAwaitingDecision().stream().filter(r -> r.unit().name().equals("莘县某医院"))
                .toList().getLast();
        var report = waiting.report();
        assertThat(report.postsStatus()).isEqualTo(PostsStatus.PENDING);

        assertThat(reports.approvePosts(report.requireId(), report.version())).isInstanceOf(DecisionOutcome.Done.class);

        var published = events.stream(ReservedPostApproved.class).filter(e -> e.reportId() == report.requireId())
                .toList();
        assertThat(published).containsExactly(
                new ReservedPostApproved(report.requireId(), 0, waiting.unit().requireId(), "莘县某医院",
                        reports.currentYear(), "档案整理员", County.SHENXIAN, 2, "高中及以上学历", "人事科 0635-1234567"),
                new ReservedPostApproved(report.requireId(), 1, waiting.unit().requireId(), "莘县某医院",
                        reports.currentYear(), "客服专员", County.DONGCHANGFU, 1, "普通话标准", "人事科 0635-1234567"));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = :action and actor_account_id = :actor")
                .param("action", AuditedAction.RESERVED_POSTS_APPROVED.name())
                .param("actor", administrator.accountId()).query(Long.class).single()).isEqualTo(1);
        assertThat(reports.approvePosts(report.requireId(), report.version()))
                .as("a second click").isInstanceOf(DecisionOutcome.Conflict.class);
        assertThat(events.stream(ReservedPostApproved.class).filter(e -> e.reportId() == report.requireId()))
                .hasSize(2);
    }

    @Test
    void refused_posts_and_posts_of_another_county_publish_nothing() {
        quota.reported("莘县某厂", County.SHENXIAN, UnitKind.OTHER, TestQuota.figures(50, 1, ARCHIVE));
        TestAccounts.signIn(accounts.countyAdministrator("东阿县 孙主任", County.DONGE));
        assertThat(reports.postsAwaitingDecision()).noneMatch(r -> r.unit().name().equals("莘县某厂"));
        TestAccounts.signIn(accounts.create("市残联 管理员", Role.CITY_ADMINISTRATOR));
        var report = reports.postsAwaitingDecision().stream().filter(r -> r.unit().name().equals("莘县某厂"))
                .toList().getLast().report();
        TestAccounts.signIn(accounts.countyAdministrator("东阿县 孙主任", County.DONGE));
        assertThat(reports.approvePosts(report.requireId(), report.version()))
                .isInstanceOf(DecisionOutcome.NotFound.class);

        TestAccounts.signIn(accounts.countyAdministrator("莘县 赵主任", County.SHENXIAN));
        assertThat(reports.refusePosts(report.requireId(), report.version())).isInstanceOf(DecisionOutcome.Done.class);
        assertThat(events.stream(ReservedPostApproved.class).filter(e -> e.reportId() == report.requireId())).isEmpty();
    }

    @Test
    void staff_see_which_confirmed_units_of_their_county_have_not_reported() {
        var silent = quota.employer("莘县某沉默单位", County.SHENXIAN, UnitKind.STATE_ENTERPRISE);
        quota.reported("莘县某报送单位", County.SHENXIAN, UnitKind.STATE_ENTERPRISE, TestQuota.figures(10, 1));
        quota.employer("东阿县某沉默单位", County.DONGE, UnitKind.STATE_ENTERPRISE);
        TestAccounts.signIn(silent);
        reports.saveDraft(TestQuota.figures(80, 0), null); // a draft is not a report

        TestAccounts.signIn(accounts.countyAdministrator("莘县 赵主任", County.SHENXIAN));
        var names = unitsNotReported();
        assertThat(names).contains("莘县某沉默单位").doesNotContain("莘县某报送单位", "东阿县某沉默单位");
    }

    @Autowired EmployerUnits units;

    private List<String> unitsNotReported() {
        return units.notReported(reports.currentYear()).stream().map(EmployerUnit::name).toList();
    }

    @Test
    void only_employers_report_and_only_administrators_decide_posts() {
        TestAccounts.signIn(accounts.applicant("王五"));
        assertThatThrownBy(() -> reports.saveDraft(TestQuota.figures(1, 0), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.mine(2026)).isInstanceOf(AccessDeniedException.class);
        TestAccounts.signIn(accounts.caseworker("莘县 张老师", County.SHENXIAN));
        assertThatThrownBy(() -> reports.postsAwaitingDecision()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.approvePosts(1, 0)).isInstanceOf(AccessDeniedException.class);
    }
}
