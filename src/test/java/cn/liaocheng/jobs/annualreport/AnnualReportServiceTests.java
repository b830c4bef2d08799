package cn.liaocheng.jobs.annualreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.liaocheng.jobs.accounts.PortalUser;
import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.monitoring.ProgressService;
import cn.liaocheng.jobs.shared.County;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Drafts, submission by the deadline and after it, county isolation, 请修改 and new versions, and that a submitted
 * version never changes (service and database). Each test has a year of its own (see {@link ReportClock}).
 */
@SpringBootTest
@Import(ReportClock.Config.class)
class AnnualReportServiceTests {

    /** Years 3000–5999 are this class's (the reminders and views tests have others), from a random start per run. */
    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(3000 + (int) (Math.random() * 2900));

    @Autowired AnnualReportService reports;
    @Autowired ProgressService progress;
    @Autowired TestAccounts accounts;
    @Autowired ReportClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired cn.liaocheng.jobs.review.TestOutcomes outcomes;

    private final ReportSections written = new ReportSections("新增就业 120 人。\n培训 300 人次。", "送岗上门。",
            "盲人按摩机构少。");

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    /** A year of this test's own, with the clock on {@code month}/{@code day} of it. */
    private int yearOn(int month, int day) {
        int year = NEXT_YEAR.getAndIncrement();
        clock.set(LocalDateTime.of(year, month, day, 10, 0));
        return year;
    }

    private PortalUser shenxianAdministrator() {
        var admin = accounts.countyAdministrator("莘县 赵主任", County.SHENXIAN);
        TestAccounts.signIn(admin);
        return admin;
    }

    private PortalUser cityAdministrator() {
        var admin = accounts.create("市残联 管理员", Role.CITY_ADMINISTRATOR);
        TestAccounts.signIn(admin);
        return admin;
    }

    private int version(County county, int year) {
        return reports.open(county, year).orElseThrow().version();
    }

    @Test
    void a_draft_is_saved_and_read_back_and_the_report_shows_the_deadline_and_days_left() {
        int year = yearOn(12, 1);
        shenxianAdministrator();
        var fresh = reports.open(County.SHENXIAN, year).orElseThrow();
        assertThat(fresh.status()).isEqualTo(ReportStatus.NOT_STARTED);
        assertThat(fresh.deadline().daysLeft()).isEqualTo(9);
        assertThat(fresh.mayWrite()).isTrue();

        var saved = reports.saveDraft(County.SHENXIAN, year, fresh.version(), new ReportSections("  成效  ", "", ""));

        assertThat(saved).isInstanceOf(ReportOutcome.Saved.class);
        var again = reports.open(County.SHENXIAN, year).orElseThrow();
        assertThat(again.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(again.draft()).isEqualTo(new ReportSections("成效", "", ""));
        assertThat(again.version()).isEqualTo(((ReportOutcome.Saved) saved).version());
        assertThat(again.versions()).isEmpty();
    }

    @Test
    void a_save_against_an_older_version_changes_nothing_and_is_a_conflict() {
        int year = yearOn(12, 2);
        shenxianAdministrator();
        int read = version(County.SHENXIAN, year);
        reports.saveDraft(County.SHENXIAN, year, read, new ReportSections("第一位管理员", "", ""));

        var second = reports.saveDraft(County.SHENXIAN, year, read, new ReportSections("第二位管理员", "", ""));

        assertThat(second).isInstanceOf(ReportOutcome.Conflict.class);
        assertThat(reports.open(County.SHENXIAN, year).orElseThrow().draft().achievements()).isEqualTo("第一位管理员");
    }

    @Test
    void submitting_needs_every_section_and_refuses_a_section_that_is_too_long() {
        int year = yearOn(12, 3);
        shenxianAdministrator();
        var outcome = reports.submit(County.SHENXIAN, year, version(County.SHENXIAN, year),
                new ReportSections("成效", " ", "x".repeat(ReportSection.MAX_LENGTH + 1)));

        assertThat(outcome).isInstanceOfSatisfying(ReportOutcome.Invalid.class, invalid ->
                assertThat(invalid.problems()).extracting(ReportOutcome.Problem::field, ReportOutcome.Problem::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("PRACTICES",
                                        "annualreport.section.practices.missing"),
                                org.assertj.core.groups.Tuple.tuple("PROBLEMS", "annualreport.text.too-long")));
        assertThat(reports.open(County.SHENXIAN, year).orElseThrow().status()).isEqualTo(ReportStatus.NOT_STARTED);
    }

    @Test
    void submitted_on_9_december_it_is_on_time_with_the_figures_of_that_day_frozen_into_it() {
        int year = yearOn(12, 9);
        shenxianAdministrator();
        var expected = progress.figures(County.SHENXIAN, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 9));

        var outcome = reports.submit(County.SHENXIAN, year, version(County.SHENXIAN, year), written);

        assertThat(outcome).isEqualTo(new ReportOutcome.Submitted(1, false));
        clock.set(LocalDateTime.of(year, 12, 20, 9, 0));
        var report = reports.open(County.SHENXIAN, year).orElseThrow();
        assertThat(report.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(report.mayWrite()).isFalse();
        assertThat(report.figuresAsOf()).as("today's figures").isEqualTo(LocalDate.of(year, 12, 20));
        var v1 = report.latest().orElseThrow();
        assertThat(v1.figuresAsOf()).isEqualTo(LocalDate.of(year, 12, 9));
        assertThat(v1.sections()).isEqualTo(written);
        assertThat(v1.late()).isFalse();
        assertThat(v1.submittedBy()).isEqualTo("莘县 赵主任");
        assertThat(v1.figures()).hasSize(expected.figures().size());
        assertThat(v1.figures()).extracting(ReportFigure::kind, ReportFigure::value, ReportFigure::target)
                .containsExactlyElementsOf(expected.figures().stream().map(f -> org.assertj.core.groups.Tuple.tuple(
                        f.kind().name(), f.value(), f.target())).toList());
    }

    @Test
    void an_outcome_recorded_after_submission_changes_todays_figures_but_not_the_submitted_report() {
        int year = yearOn(12, 9);
        shenxianAdministrator();
        reports.submit(County.SHENXIAN, year, version(County.SHENXIAN, year), written);
        long before = newJobs(reports.open(County.SHENXIAN, year).orElseThrow().latest().orElseThrow().figures());

        // A job that started on 1 December, recorded at 办结 only now.
        outcomes.employment(County.SHENXIAN, 7_000_000_000L + year, "sample-job", true, LocalDate.of(year, 12, 1),
                cn.liaocheng.jobs.review.EmploymentKind.FLEXIBLE);

        var report = reports.open(County.SHENXIAN, year).orElseThrow();
        assertThat(newJobs(report.figures())).as("today's figures").isEqualTo(before + 1);
        assertThat(newJobs(report.latest().orElseThrow().figures())).as("as submitted").isEqualTo(before);
    }

    private static long newJobs(java.util.List<ReportFigure> figures) {
        return figures.stream().filter(f -> f.kind().equals("NEW_JOBS")).findFirst().orElseThrow().value();
    }

    @Test
    void submitted_on_10_december_it_is_on_time_and_on_11_december_it_is_accepted_and_marked_late() {
        int onTime = yearOn(12, 10);
        shenxianAdministrator();
        assertThat(reports.submit(County.SHENXIAN, onTime, version(County.SHENXIAN, onTime), written))
                .isEqualTo(new ReportOutcome.Submitted(1, false));

        int late = yearOn(12, 11);
        assertThat(reports.open(County.SHENXIAN, late).orElseThrow().deadline().daysOverdue()).isEqualTo(1);
        assertThat(reports.submit(County.SHENXIAN, late, version(County.SHENXIAN, late), written))
                .isEqualTo(new ReportOutcome.Submitted(1, true));
        assertThat(reports.open(County.SHENXIAN, late).orElseThrow().latest().orElseThrow().late()).isTrue();
    }

    @Test
    void last_years_report_can_still_be_sent_in_january_and_is_late() {
        int year = yearOn(12, 1);
        clock.set(LocalDateTime.of(year + 1, 1, 2, 9, 0));
        shenxianAdministrator();
        var report = reports.open(County.SHENXIAN, year).orElseThrow();
        assertThat(report.figuresAsOf()).as("a past year counts to its end").isEqualTo(LocalDate.of(year, 12, 31));

        assertThat(reports.submit(County.SHENXIAN, year, report.version(), written))
                .isEqualTo(new ReportOutcome.Submitted(1, true));
    }

    @Test
    void a_county_administrator_of_dong_e_can_neither_read_nor_write_shenxians_report() {
        int year = yearOn(12, 4);
        shenxianAdministrator();
        reports.submit(County.SHENXIAN, year, version(County.SHENXIAN, year), written);
        TestAccounts.signIn(accounts.countyAdministrator("东阿县 钱主任", County.DONGE));

        assertThat(reports.open(County.SHENXIAN, year)).isEmpty();
        assertThat(reports.download(County.SHENXIAN, year, 1)).isEmpty();
        assertThat(reports.saveDraft(County.SHENXIAN, year, 0, written)).isInstanceOf(ReportOutcome.NotApplicable.class);
        assertThat(reports.submit(County.SHENXIAN, year, 0, written)).isInstanceOf(ReportOutcome.NotApplicable.class);
        assertThat(reports.overview(year).rows()).extracting(ReportOverview.Row::county).containsExactly(County.DONGE);
        assertThatThrownBy(() -> reports.cityReport(year)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.requestChanges(County.SHENXIAN, year, 0, "改"))
                .isInstanceOf(AccessDeniedException.class);
        TestAccounts.signIn(accounts.caseworker("莘县 张老师", County.SHENXIAN));
        assertThatThrownBy(() -> reports.open(County.SHENXIAN, year)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_city_sees_who_has_submitted_asks_for_changes_and_the_county_submits_a_new_version() {
        int year = yearOn(12, 5);
        var county = shenxianAdministrator();
        reports.submit(County.SHENXIAN, year, version(County.SHENXIAN, year), written);
        TestAccounts.signIn(accounts.countyAdministrator("东阿县 钱主任", County.DONGE));
        reports.saveDraft(County.DONGE, year, version(County.DONGE, year), new ReportSections("草稿", "", ""));

        cityAdministrator();
        var overview = reports.overview(year);
        assertThat(overview.rows()).hasSize(11);
        assertThat(overview.rows()).filteredOn(r -> r.county() == County.SHENXIAN).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(ReportStatus.SUBMITTED));
        assertThat(overview.rows()).filteredOn(r -> r.county() == County.DONGE).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(ReportStatus.DRAFT));
        assertThat(overview.rows()).filteredOn(r -> r.county() == County.GUANXIAN).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(ReportStatus.NOT_STARTED));
        var read = reports.open(County.SHENXIAN, year).orElseThrow();
        assertThat(read.mayWrite()).as("the city reads, the county writes").isFalse();
        assertThat(read.mayRequestChanges()).isTrue();
        assertThat(reports.saveDraft(County.SHENXIAN, year, read.version(), written))
                .isInstanceOf(ReportOutcome.NotApplicable.class);
        assertThat(reports.requestChanges(County.SHENXIAN, year, read.version(), " "))
                .isInstanceOf(ReportOutcome.Invalid.class);

        assertThat(reports.requestChanges(County.SHENXIAN, year, read.version(), "请补充盲人按摩就业情况"))
                .isInstanceOf(ReportOutcome.ChangesRequested.class);

        TestAccounts.signIn(county);
        var back = reports.open(County.SHENXIAN, year).orElseThrow();
        assertThat(back.status()).isEqualTo(ReportStatus.CHANGES_REQUESTED);
        assertThat(back.changesRequested()).isEqualTo("请补充盲人按摩就业情况");
        assertThat(back.mayWrite()).isTrue();
        assertThat(back.draft()).as("the submitted text, to change").isEqualTo(written);
        var changed = new ReportSections(written.achievements(), written.practices(), "盲人按摩机构少，已补充。");
        assertThat(reports.submit(County.SHENXIAN, year, back.version(), changed))
                .isEqualTo(new ReportOutcome.Submitted(2, false));

        var now = reports.open(County.SHENXIAN, year).orElseThrow();
        assertThat(now.changesRequested()).isNull();
        assertThat(now.versions()).extracting(SubmittedVersion::number).containsExactly(2, 1);
        assertThat(now.versions().get(1).sections()).as("version 1 as it was sent").isEqualTo(written);
        assertThat(now.versions().get(0).sections()).isEqualTo(changed);
    }

    @Test
    void a_submitted_report_is_not_edited_and_a_second_submit_of_the_same_page_is_a_conflict() {
        int year = yearOn(12, 6);
        shenxianAdministrator();
        int read = version(County.SHENXIAN, year);
        reports.submit(County.SHENXIAN, year, read, written);

        assertThat(reports.submit(County.SHENXIAN, year, read, written)).isInstanceOf(ReportOutcome.NotApplicable.class);
        int now = version(County.SHENXIAN, year);
        assertThat(reports.saveDraft(County.SHENXIAN, year, now, new ReportSections("改", "改", "改")))
                .isInstanceOf(ReportOutcome.NotApplicable.class);
        assertThat(reports.open(County.SHENXIAN, year).orElseThrow().versions()).singleElement()
                .satisfies(v -> assertThat(v.sections()).isEqualTo(written));
    }

    @Test
    void the_database_refuses_to_change_or_delete_a_submitted_version_or_its_figures() {
        int year = yearOn(12, 7);
        shenxianAdministrator();
        reports.submit(County.SHENXIAN, year, version(County.SHENXIAN, year), written);
        long id = jdbc.sql("""
                select v.id from annualreport_version v join annualreport_report r on r.id = v.report_id
                where r.county = 'SHENXIAN' and r.year = :year""").param("year", year).query(Long.class).single();

        assertThatThrownBy(() -> jdbc.sql("update annualreport_version set problems = '没有问题' where id = :id")
                .param("id", id).update()).isInstanceOf(DataAccessException.class)
                .hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> jdbc.sql("delete from annualreport_version where id = :id").param("id", id).update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("update annualreport_version_figure set value = 99999 where version_id = :id")
                .param("id", id).update()).isInstanceOf(DataAccessException.class);
        assertThat(jdbc.sql("select problems from annualreport_version where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo(written.problems());
    }

    @Test
    void the_city_report_holds_every_county_with_its_latest_version_and_the_city_totals() {
        int year = yearOn(12, 8);
        shenxianAdministrator();
        reports.submit(County.SHENXIAN, year, version(County.SHENXIAN, year), written);
        cityAdministrator();

        var city = reports.cityReport(year).orElseThrow();

        assertThat(city.counties()).hasSize(11);
        assertThat(city.counties()).filteredOn(p -> p.county() == County.SHENXIAN).singleElement()
                .satisfies(p -> assertThat(p.version()).hasValueSatisfying(v -> assertThat(v.number()).isEqualTo(1)));
        assertThat(city.counties()).filteredOn(p -> p.county() == County.DONGE).singleElement()
                .satisfies(p -> assertThat(p.version()).isEmpty());
        var expected = progress.figures(County.CITYWIDE, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 8));
        assertThat(city.totals()).extracting(ReportFigure::value)
                .containsExactlyElementsOf(expected.figures().stream().map(f -> f.value()).toList());
        assertThat(reports.cityReport(year + 1)).as("a year still to come").isEmpty();
    }

    @Test
    void every_read_and_change_is_in_the_audit_trail() {
        int year = yearOn(12, 9);
        var admin = shenxianAdministrator();
        reports.open(County.SHENXIAN, year);
        reports.saveDraft(County.SHENXIAN, year, version(County.SHENXIAN, year), written);
        reports.submit(County.SHENXIAN, year, version(County.SHENXIAN, year), written);
        reports.download(County.SHENXIAN, year, 1);

        var actions = jdbc.sql("select action from audit_entry where actor_account_id = :me and detail like :detail "
                        + "order by id").param("me", admin.accountId()).param("detail", "SHENXIAN " + year + "%")
                .query(String.class).list();
        assertThat(actions).containsSubsequence("ANNUAL_REPORT_OPENED", "ANNUAL_REPORT_DRAFT_SAVED",
                "ANNUAL_REPORT_SUBMITTED", "ANNUAL_REPORT_DOWNLOADED");
    }
}
