package cn.liaocheng.jobs.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.bankreferrals.TestReferralRows;
import cn.liaocheng.jobs.catalogue.OfferKind;
import cn.liaocheng.jobs.catalogue.OfferSubtype;
import cn.liaocheng.jobs.catalogue.TestTrainingBases;
import cn.liaocheng.jobs.review.EmploymentKind;
import cn.liaocheng.jobs.review.Outcome;
import cn.liaocheng.jobs.review.ReviewService;
import cn.liaocheng.jobs.review.TestOutcomes;
import cn.liaocheng.jobs.review.TestSubmissions;
import cn.liaocheng.jobs.shared.County;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every figure of every county against a count made in the test itself over known fixture rows: a few hundred
 * outcomes, decisions and referrals in 2019 and just outside it, in every county and on the period's edges.
 * Other tests add rows of their own, so each figure is compared as what it grew by.
 */
@SpringBootTest
class ProgressServiceTests {

    private static final LocalDate FROM = LocalDate.of(2019, 1, 1);
    private static final LocalDate TO = LocalDate.of(2019, 12, 31);
    private static final List<County> COUNTIES = Arrays.asList(County.values());

    @Autowired ProgressService progress;
    @Autowired TestOutcomes outcomes;
    @Autowired TestReferralRows referrals;
    @Autowired TestTrainingBases courses;
    @Autowired TestAccounts accounts;
    @Autowired TestSubmissions submissions;
    @Autowired ReviewService review;

    private final Random random = new Random(20231129);
    /** What each figure should grow by, per county, counted here while the fixture is written. */
    private final Map<FigureKind, Map<County, Long>> expected = new EnumMap<>(FigureKind.class);
    private final Map<County, Set<Long>> employedPeople = new EnumMap<>(County.class);
    private final Map<County, Set<Long>> graduates = new EnumMap<>(County.class);
    private final Map<YearMonth, Long> newJobsByMonth = new HashMap<>();

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void every_figure_of_every_county_and_of_the_city_matches_an_independent_count() {
        var massage = courses.course(County.DONGE, OfferSubtype.MASSAGE_CLINIC, "按摩所 " + UUID.randomUUID(),
                FROM, TO);
        var graduate = courses.course(County.CITYWIDE, OfferSubtype.GRADUATE, "高校 " + UUID.randomUUID(), FROM, TO);
        var before = byScope(progress.everyCounty(FROM, TO));
        var monthsBefore = progress.monthly(County.CITYWIDE, FROM, TO);

        for (var county : COUNTIES) {
            int n = 3 + random.nextInt(8);
            for (int i = 0; i < n; i++) {
                employment(county, i % 3 == 0 ? massage : "test-programme");
                training(county);
                loan(county);
                referral(county);
                incubation(county);
                graduate(county, graduate);
            }
        }

        var after = byScope(progress.everyCounty(FROM, TO));
        var soft = new org.assertj.core.api.SoftAssertions();
        for (var kind : FigureKind.values()) {
            if (kind == FigureKind.EMPLOYMENT_RATE || kind == FigureKind.TRAINING_BASES) {
                continue;
            }
            long city = 0;
            for (var county : COUNTIES) {
                long want = expected.getOrDefault(kind, Map.of()).getOrDefault(county, 0L);
                city += want;
                if (county != County.CITYWIDE) {
                    soft.assertThat(grew(after, before, county, kind)).as("%s in %s", kind, county).isEqualTo(want);
                }
            }
            soft.assertThat(grew(after, before, County.CITYWIDE, kind))
                    .as("%s in the whole city, counted also from rows recorded as city-wide", kind).isEqualTo(city);
        }
        var monthsAfter = progress.monthly(County.CITYWIDE, FROM, TO);
        assertThat(monthsAfter.months()).hasSize(12).first().isEqualTo(YearMonth.of(2019, 1));
        for (var month : monthsAfter.months()) {
            soft.assertThat(monthsAfter.value(FigureKind.NEW_JOBS, month) - monthsBefore.value(FigureKind.NEW_JOBS, month))
                    .as("new jobs in %s", month).isEqualTo(newJobsByMonth.getOrDefault(month, 0L));
        }
        soft.assertAll();
        assertThat(after.get(County.CITYWIDE).figure(FigureKind.NEW_JOBS).target()).isEqualTo(6000);
        assertThat(after.get(County.SHENXIAN).figure(FigureKind.NEW_JOBS).target())
                .as("the plan does not split it per county").isNull();
        assertThat(after.get(County.CITYWIDE).figure(FigureKind.ASSISTED_EMPLOYMENT).target()).isEqualTo(1000);
    }

    @Test
    void the_employment_rate_divides_the_people_employed_by_the_denominator_staff_entered() {
        TestAccounts.signIn(accounts.create("市残联 管理员", Role.CITY_ADMINISTRATOR));
        save(County.GAOTANG, 4000);
        save(County.YANGGU, 2000);
        var before = byScope(progress.everyCounty(FROM, TO));

        var person = 9_100_000_000L + random.nextInt(1_000_000);
        // Two jobs of one person count once; an outcome without a job and one outside the period not at all.
        outcomes.employment(County.GAOTANG, person, "test-programme", true, FROM, EmploymentKind.QUOTA);
        outcomes.employment(County.GAOTANG, person, "test-programme", true, TO, EmploymentKind.FLEXIBLE);
        outcomes.employment(County.GAOTANG, person + 1, "test-programme", true, LocalDate.of(2019, 6, 1), null);
        outcomes.employment(County.GAOTANG, person + 2, "test-programme", false, LocalDate.of(2019, 6, 1), null);
        outcomes.employment(County.GAOTANG, person + 3, "test-programme", true, TO.plusDays(1), null);
        outcomes.employment(County.YANGGU, person + 4, "test-programme", true, LocalDate.of(2019, 3, 1), null);

        var after = byScope(progress.everyCounty(FROM, TO));
        var gaotang = after.get(County.GAOTANG).figure(FigureKind.EMPLOYMENT_RATE);
        assertThat(gaotang.denominator()).isEqualTo(4000);
        assertThat(gaotang.numerator() - before.get(County.GAOTANG).figure(FigureKind.EMPLOYMENT_RATE).numerator())
                .isEqualTo(2);
        assertThat(gaotang.value()).isEqualTo(Math.round(gaotang.numerator() * 1000.0 / 4000));
        assertThat(gaotang.target()).isEqualTo(550);
        var city = after.get(County.CITYWIDE).figure(FigureKind.EMPLOYMENT_RATE);
        long denominators = progress.employmentBases().values().stream().mapToLong(EmploymentBase::workingAgeHolders)
                .sum();
        assertThat(city.denominator()).isEqualTo(denominators);
        assertThat(city.numerator() - before.get(County.CITYWIDE).figure(FigureKind.EMPLOYMENT_RATE).numerator())
                .isEqualTo(3);
        var unentered = COUNTIES.stream().filter(c -> c != County.CITYWIDE)
                .filter(c -> !progress.employmentBases().containsKey(c)).findFirst();
        unentered.ifPresent(c -> {
            var rate = after.get(c).figure(FigureKind.EMPLOYMENT_RATE);
            assertThat(rate.isKnown()).isFalse();
            assertThat(rate.percentOfTarget()).isNull();
        });
    }

    @Test
    void a_training_base_is_a_provider_of_in_person_courses_running_in_the_period() {
        var before = byScope(progress.everyCounty(FROM, TO));
        var provider = "培训学校 " + UUID.randomUUID();
        courses.course(County.RESORT_ZONE, OfferSubtype.VOCATIONAL, provider, FROM.minusMonths(1), FROM.plusMonths(1));
        courses.course(County.RESORT_ZONE, OfferSubtype.MASSAGE, provider, TO, TO.plusMonths(1));
        courses.course(County.RESORT_ZONE, OfferSubtype.AGRICULTURAL, "农校 " + UUID.randomUUID(), FROM, FROM);
        courses.course(County.RESORT_ZONE, OfferSubtype.ONLINE, "网校 " + UUID.randomUUID(), FROM, TO);
        courses.course(County.RESORT_ZONE, OfferSubtype.VOCATIONAL, "旧校 " + UUID.randomUUID(),
                FROM.minusYears(1), FROM.minusDays(1));

        var after = byScope(progress.everyCounty(FROM, TO));

        assertThat(grew(after, before, County.RESORT_ZONE, FigureKind.TRAINING_BASES)).isEqualTo(2);
        assertThat(after.get(County.RESORT_ZONE).figure(FigureKind.TRAINING_BASES).meetsTarget()).isTrue();
        long countiesWithBase = after.values().stream().filter(f -> f.scope() != County.CITYWIDE)
                .filter(f -> f.figure(FigureKind.TRAINING_BASES).value() > 0).count();
        var city = after.get(County.CITYWIDE).figure(FigureKind.TRAINING_BASES);
        assertThat(city.value()).isEqualTo(countiesWithBase);
        assertThat(city.target()).isEqualTo(11);
    }

    @Test
    void an_outcome_recorded_at_banjie_through_the_review_counts_in_the_persons_county() {
        var today = progress.today();
        var before = progress.figures(County.SHENXIAN, today, today);
        var application = submissions.course("王芳");
        TestAccounts.signIn(accounts.caseworker("莘县 张老师", County.SHENXIAN));
        review.startReview(application.applicationId(), version(application.applicationId()));
        review.approve(application.applicationId(), version(application.applicationId()));
        review.complete(application.applicationId(), version(application.applicationId()),
                new Outcome.Training(true, false, null));

        var after = progress.figures(County.SHENXIAN, today, today);
        assertThat(after.figure(FigureKind.TRAINING_PARTICIPANTS).value()
                - before.figure(FigureKind.TRAINING_PARTICIPANTS).value()).isEqualTo(1);
        assertThat(after.figure(FigureKind.TRAINING_COMPLETIONS).value())
                .isEqualTo(before.figure(FigureKind.TRAINING_COMPLETIONS).value());
    }

    @Test
    void only_the_countys_own_administrator_or_the_city_administrator_enters_its_denominator() {
        TestAccounts.signIn(accounts.countyAdministrator("东阿县 赵主任", County.DONGE));
        assertThatThrownBy(() -> save(County.SHENXIAN, 100)).isInstanceOf(AccessDeniedException.class);
        TestAccounts.signIn(accounts.caseworker("莘县 张老师", County.SHENXIAN));
        assertThatThrownBy(() -> save(County.SHENXIAN, 100)).isInstanceOf(AccessDeniedException.class);

        TestAccounts.signIn(accounts.countyAdministrator("莘县 赵主任", County.SHENXIAN));
        var version = progress.employmentBase(County.SHENXIAN).map(EmploymentBase::version).orElse(-1);
        var saved = progress.saveEmploymentBase(County.SHENXIAN,
                new EmploymentBaseData(12500L, "县残联持证残疾人数据库", LocalDate.of(2024, 6, 30)), version);
        assertThat(saved).isInstanceOf(BaseOutcome.Saved.class);
        assertThat(progress.saveEmploymentBase(County.SHENXIAN,
                new EmploymentBaseData(12600L, "县残联持证残疾人数据库", LocalDate.of(2024, 6, 30)), version))
                .as("a second save on the version already replaced").isInstanceOf(BaseOutcome.Conflict.class);
        var invalid = progress.saveEmploymentBase(County.SHENXIAN, new EmploymentBaseData(0L, " ",
                progress.today().plusDays(1)), ((BaseOutcome.Saved) saved).now().version());
        assertThat(((BaseOutcome.Invalid) invalid).problems()).extracting(BaseOutcome.Problem::field)
                .containsExactly("holders", "source", "asOf");
        assertThat(progress.employmentBase(County.SHENXIAN).orElseThrow().workingAgeHolders()).isEqualTo(12500);
    }

    private int version(long applicationId) {
        return review.open(applicationId).reviewCase().version();
    }

    private void save(County county, long holders) {
        var version = progress.employmentBase(county).map(EmploymentBase::version).orElse(-1);
        var outcome = progress.saveEmploymentBase(county, new EmploymentBaseData(holders, "测试来源", FROM), version);
        assertThat(outcome).isInstanceOf(BaseOutcome.Saved.class);
    }

    // ---- the fixture, each row counted where it belongs as it is written ----

    private LocalDate someDay() {
        // Mostly inside 2019, a few on the days just outside it, and the edges themselves.
        return switch (random.nextInt(12)) {
            case 0 -> FROM.minusDays(1);
            case 1 -> TO.plusDays(1);
            case 2 -> FROM;
            case 3 -> TO;
            default -> FROM.plusDays(random.nextInt(365));
        };
    }

    private static boolean inPeriod(LocalDate day) {
        return !day.isBefore(FROM) && !day.isAfter(TO);
    }

    private void count(FigureKind kind, County county, LocalDate day, long howMuch) {
        if (inPeriod(day)) {
            expected.computeIfAbsent(kind, k -> new EnumMap<>(County.class)).merge(county, howMuch, Long::sum);
        }
    }

    private long person() {
        return 9_000_000_000L + random.nextInt(1_000_000_000);
    }

    private void employment(County county, String slug) {
        boolean employed = random.nextInt(4) != 0;
        var kind = EmploymentKind.values()[random.nextInt(EmploymentKind.values().length)];
        var day = someDay();
        var person = person();
        outcomes.employment(county, person, slug, employed, day, employed ? kind : null);
        if (employed) {
            count(FigureKind.NEW_JOBS, county, day, 1);
            if (inPeriod(day)) {
                newJobsByMonth.merge(YearMonth.from(day), 1L, Long::sum);
                employedPeople.computeIfAbsent(county, c -> new HashSet<>()).add(person);
            }
            if (kind == EmploymentKind.ASSISTED) {
                count(FigureKind.ASSISTED_EMPLOYMENT, county, day, 1);
            }
            if (!slug.equals("test-programme")) {
                count(FigureKind.BLIND_MASSAGE_JOBS, county, day, 1);
            }
        }
    }

    private void training(County county) {
        boolean enrolled = random.nextBoolean();
        boolean completed = enrolled && random.nextBoolean();
        var day = someDay();
        outcomes.training(county, person(), "test-course", enrolled, completed, day);
        count(FigureKind.TRAINING_PARTICIPANTS, county, day, enrolled ? 1 : 0);
        count(FigureKind.TRAINING_COMPLETIONS, county, day, completed ? 1 : 0);
    }

    private void loan(County county) {
        int amount = 1000 * (1 + random.nextInt(50));
        var day = someDay();
        outcomes.loan(county, person(), "test-loan", amount, day);
        count(FigureKind.LOANS_GRANTED, county, day, 1);
        count(FigureKind.LOAN_AMOUNT_YUAN, county, day, amount);
    }

    private void referral(County county) {
        var day = someDay();
        referrals.referred(county, day);
        count(FigureKind.LOANS_REFERRED, county, day, 1);
    }

    private void incubation(County county) {
        var status = List.of("APPROVED", "COMPLETED", "REJECTED", "IN_REVIEW").get(random.nextInt(4));
        var day = someDay();
        outcomes.decided(county, person(), "test-zone", OfferKind.INCUBATION, status, day);
        if (status.equals("APPROVED") || status.equals("COMPLETED")) {
            count(FigureKind.INCUBATION_PLACES, county, day, 1);
        }
    }

    private void graduate(County county, String slug) {
        var status = List.of("APPROVED", "COMPLETED", "REJECTED").get(random.nextInt(3));
        var day = someDay();
        // Now and then the same graduate twice: still one person with a plan.
        var known = new ArrayList<>(graduates.getOrDefault(county, Set.of()));
        var person = !known.isEmpty() && random.nextInt(3) == 0 ? known.get(random.nextInt(known.size())) : person();
        outcomes.decided(county, person, slug, OfferKind.PROGRAMME, status, day);
        if ((status.equals("APPROVED") || status.equals("COMPLETED")) && inPeriod(day)
                && graduates.computeIfAbsent(county, c -> new HashSet<>()).add(person)) {
            count(FigureKind.GRADUATES_WITH_PLAN, county, day, 1);
        }
    }

    private static Map<County, PlanFigures> byScope(List<PlanFigures> all) {
        var map = new EnumMap<County, PlanFigures>(County.class);
        all.forEach(f -> map.put(f.scope(), f));
        return map;
    }

    private static long grew(Map<County, PlanFigures> after, Map<County, PlanFigures> before, County county,
            FigureKind kind) {
        return after.get(county).figure(kind).value() - before.get(county).figure(kind).value();
    }
}
