package cn.liaocheng.jobs.nationalexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.liaocheng.jobs.accounts.PortalUser;
import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.audit.AuditEntry;
import cn.liaocheng.jobs.audit.AuditSearch;
import cn.liaocheng.jobs.audit.AuditTrail;
import cn.liaocheng.jobs.audit.AuditedAction;
import cn.liaocheng.jobs.review.EmploymentKind;
import cn.liaocheng.jobs.review.SocialInsurance;
import cn.liaocheng.jobs.shared.County;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * 上报全国系统 as a service: which records (county, period, kind), what the CSV and XLSX files hold, column by column,
 * what the audit trail keeps, and what never reaches a log.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class NationalExportServiceTests {

    private static final ZoneId LIAOCHENG = ZoneId.of("Asia/Shanghai");

    @Autowired NationalExportService exports;
    @Autowired ExportFixtures outcomes;
    @Autowired TestAccounts accounts;
    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired cn.liaocheng.jobs.profile.ProfileService profiles;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(LIAOCHENG));
    }

    private ExportRequest thisYear(County county, ExportKind kind) {
        return new ExportRequest(county, today().withDayOfYear(1), today(), kind);
    }

    private static String csv(ExportFile file) {
        var bytes = file.content();
        assertThat(Arrays.copyOf(bytes, 3)).as("UTF-8 byte-order mark")
                .containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    private static List<List<String>> xlsx(ExportFile file) throws IOException {
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(file.content()))) {
            var sheet = workbook.getFirstSheet();
            return sheet.read().stream().map(row -> {
                row.stream().filter(c -> c != null && !c.getText().isEmpty())
                        .forEach(c -> assertThat(c.getType()).as("every cell is text").isEqualTo(CellType.STRING));
                return java.util.stream.IntStream.range(0, 17).mapToObj(i -> row.getCellText(i)).toList();
            }).toList();
        }
    }

    @Test
    void a_donge_caseworker_exports_only_donge_people_and_is_refused_shenxian() {
        var donge = outcomes.employed("东阿 刘洋", County.DONGE, "东阿县阿胶集团", EmploymentKind.QUOTA,
                SocialInsurance.YES, today().minusDays(3));
        var shenxian = outcomes.employed("莘县 孙丽", County.SHENXIAN, "莘县福利厂", EmploymentKind.CONCENTRATED,
                SocialInsurance.NO, today().minusDays(3));
        TestAccounts.signIn(accounts.caseworker("东阿县 陈老师", County.DONGE));

        var own = csv(exports.export(thisYear(County.DONGE, ExportKind.EMPLOYMENT), ExportFormat.CSV));
        var unnamed = csv(exports.export(new ExportRequest(null, today().withDayOfYear(1), today(),
                ExportKind.EMPLOYMENT), ExportFormat.CSV));

        assertThat(own).contains(donge.reference(), donge.certificate()).doesNotContain(shenxian.reference(),
                shenxian.certificate(), shenxian.name());
        assertThat(unnamed).as("no county asked: still only their own").contains(donge.reference())
                .doesNotContain(shenxian.reference());
        assertThatThrownBy(() -> exports.export(thisYear(County.SHENXIAN, ExportKind.EMPLOYMENT), ExportFormat.XLSX))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exports.preview(thisYear(County.SHENXIAN, ExportKind.EMPLOYMENT)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_county_administrator_has_their_county_and_a_city_administrator_one_county_or_the_whole_city() {
        var donge = outcomes.employed("东阿 周敏", County.DONGE, "东阿县物业公司", EmploymentKind.FLEXIBLE,
                SocialInsurance.UNKNOWN, today());
        var shenxian = outcomes.employed("莘县 吴刚", County.SHENXIAN, "莘县超市", EmploymentKind.QUOTA,
                SocialInsurance.YES, today());

        TestAccounts.signIn(accounts.countyAdministrator("莘县 赵主任", County.SHENXIAN));
        assertThat(csv(exports.export(thisYear(County.SHENXIAN, ExportKind.EMPLOYMENT), ExportFormat.CSV)))
                .contains(shenxian.reference()).doesNotContain(donge.reference());

        TestAccounts.signIn(accounts.create("市残联 管理员", Role.CITY_ADMINISTRATOR));
        assertThat(csv(exports.export(thisYear(County.DONGE, ExportKind.EMPLOYMENT), ExportFormat.CSV)))
                .contains(donge.reference()).doesNotContain(shenxian.reference());
        var city = exports.preview(new ExportRequest(null, today().withDayOfYear(1), today(), ExportKind.EMPLOYMENT));
        assertThat(city.resolvedCounty()).isEqualTo("全市");
        assertThat(csv(exports.export(new ExportRequest(null, today().withDayOfYear(1), today(),
                ExportKind.EMPLOYMENT), ExportFormat.CSV))).contains(donge.reference(), shenxian.reference());
    }

    @Test
    void loan_officers_and_applicants_export_nothing() {
        var person = outcomes.employed("东阿 外人", County.DONGE, "东阿县丁公司", EmploymentKind.QUOTA,
                SocialInsurance.YES, today());
        for (var outsider : List.of(accounts.create("农行 王经理", Role.LOAN_OFFICER), accounts.applicant("李明"),
                accounts.create("某局 人事科", Role.EMPLOYER))) {
            TestAccounts.signIn(outsider);
            assertThatThrownBy(() -> exports.export(thisYear(County.DONGE, ExportKind.EMPLOYMENT), ExportFormat.CSV))
                    .as(outsider.role().name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> exports.preview(thisYear(County.DONGE, ExportKind.TRAINING)))
                    .as(outsider.role().name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> profiles.peopleForNationalExport(List.of(person.personId())))
                    .as("the profile's decrypting method, for %s", outsider.role()).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void the_period_is_the_day_of_completion_both_ends_included() {
        var now = outcomes.employed("东阿 今天", County.DONGE, "东阿县甲公司", EmploymentKind.QUOTA,
                SocialInsurance.YES, today());
        var earlier = outcomes.employed("东阿 上月", County.DONGE, "东阿县乙公司", EmploymentKind.QUOTA,
                SocialInsurance.YES, today().minusDays(40));
        var day = today().minusDays(35);
        // 办结 was recorded 35 days ago at 00:00 Liaocheng time: the first moment of that day.
        jdbc.sql("update review_outcome set recorded_at = :at where application_id = :id")
                .param("at", Timestamp.from(day.atStartOfDay(LIAOCHENG).toInstant()))
                .param("id", earlier.applicationId()).update();
        TestAccounts.signIn(accounts.caseworker("东阿县 陈老师", County.DONGE));

        var thatDay = csv(exports.export(new ExportRequest(County.DONGE, day, day, ExportKind.EMPLOYMENT),
                ExportFormat.CSV));
        var dayBefore = csv(exports.export(new ExportRequest(County.DONGE, day.minusDays(10), day.minusDays(1),
                ExportKind.EMPLOYMENT), ExportFormat.CSV));
        var since = csv(exports.export(new ExportRequest(County.DONGE, day.plusDays(1), today(),
                ExportKind.EMPLOYMENT), ExportFormat.CSV));

        assertThat(thatDay).contains(earlier.reference()).doesNotContain(now.reference());
        assertThat(dayBefore).doesNotContain(earlier.reference(), now.reference());
        assertThat(since).contains(now.reference()).doesNotContain(earlier.reference());
        assertThatThrownBy(() -> new ExportRequest(County.DONGE, today(), today().minusDays(1), ExportKind.EMPLOYMENT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_employment_csv_has_the_national_columns_in_order_with_numbers_in_full() {
        var person = outcomes.employed("东阿 马丽", County.DONGE, "东阿县\"阳光\"超市, 城区店", EmploymentKind.PUBLIC_WELFARE_POST,
                SocialInsurance.YES, LocalDate.of(2026, 3, 1));
        var notEmployed = outcomes.notEmployed("东阿 未就业", County.DONGE);
        TestAccounts.signIn(accounts.caseworker("东阿县 陈老师", County.DONGE));

        var file = exports.export(thisYear(County.DONGE, ExportKind.EMPLOYMENT), ExportFormat.CSV);
        var lines = csv(file).split("\r\n", -1);

        assertThat(file.fileName()).isEqualTo("national-employment-donge-" + today().withDayOfYear(1).toString()
                .replace("-", "") + "-" + today().toString().replace("-", "") + ".csv");
        assertThat(file.format().mediaType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(lines[0]).isEqualTo("序号,姓名,残疾人证号,残疾类别,残疾等级,联系电话,所属县（市、区）,就业形式,就业单位,"
                + "就业时间,是否参加社会保险,业务编号");
        assertThat(lines[lines.length - 1]).as("every line ends with CRLF").isEmpty();
        var row = Arrays.stream(lines).filter(l -> l.endsWith("," + person.reference())).findFirst().orElseThrow();
        assertThat(row.substring(0, row.indexOf(','))).matches("\\d+");
        assertThat(row.substring(row.indexOf(',') + 1)).isEqualTo("东阿 马丽," + person.certificate() + ",肢体残疾,四级,"
                + person.phone() + ",东阿县,公益性岗位就业,\"东阿县\"\"阳光\"\"超市, 城区店\",2026-03-01,是,"
                + person.reference());
        assertThat(csv(file)).doesNotContain(notEmployed.reference());
        assertThat(file.rows()).isEqualTo(lines.length - 2);
    }

    @Test
    void the_training_xlsx_parses_back_with_course_provider_dates_and_days_and_every_cell_as_text() throws IOException {
        var trained = outcomes.trained("东阿 郑华", County.DONGE, true, true, "中式面点师（初级）");
        var notEnrolled = outcomes.trained("东阿 未报到", County.DONGE, false, false, null);
        TestAccounts.signIn(accounts.caseworker("东阿县 陈老师", County.DONGE));

        var file = exports.export(thisYear(County.DONGE, ExportKind.TRAINING), ExportFormat.XLSX);
        var rows = xlsx(file);

        assertThat(file.fileName()).endsWith(".xlsx").startsWith("national-training-donge-");
        assertThat(rows.getFirst()).containsExactly("序号", "姓名", "残疾人证号", "残疾类别", "残疾等级", "联系电话",
                "所属县（市、区）", "培训年度", "培训项目", "培训机构", "培训开始日期", "培训结束日期", "培训天数", "培训学时",
                "是否结业", "取得证书", "业务编号");
        var row = rows.stream().filter(r -> r.get(16).equals(trained.reference())).findFirst().orElseThrow();
        // The test course runs from 40 to 60 days from today (TestOffers): 21 days, counting both ends.
        var starts = today().plusDays(40);
        assertThat(row.subList(1, 17)).containsExactly("东阿 郑华", trained.certificate(), "肢体残疾", "四级",
                trained.phone(), "东阿县", Integer.toString(starts.getYear()), trained.offerTitle(), "县残联",
                starts.toString(), today().plusDays(60).toString(), "21", "", "是", "中式面点师（初级）",
                trained.reference());
        assertThat(rows).noneMatch(r -> r.get(16).equals(notEnrolled.reference()));
        assertThat(file.rows()).isEqualTo(rows.size() - 1);
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(0))
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, rows.size() - 1)
                        .mapToObj(Integer::toString).toList());
    }

    @Test
    void the_preview_masks_every_number_and_counts_the_rows_of_the_file() {
        var person = outcomes.employed("东阿 黄河", County.DONGE, "东阿县乙公司", EmploymentKind.ASSISTED,
                SocialInsurance.NO, today());
        TestAccounts.signIn(accounts.caseworker("东阿县 陈老师", County.DONGE));
        var request = thisYear(County.DONGE, ExportKind.EMPLOYMENT);

        var preview = exports.preview(request);
        var file = exports.export(request, ExportFormat.XLSX);

        assertThat(preview.rows()).isEqualTo(file.rows()).isPositive();
        assertThat(preview.resolvedCounty()).isEqualTo("东阿县");
        assertThat(preview.maskedRows()).hasSizeLessThanOrEqualTo(ExportPreview.SHOWN);
        var everything = preview.maskedRows().toString();
        assertThat(everything).doesNotContain(person.certificate(), person.phone()).doesNotContainPattern("\\d{11,}");
        if (preview.maskedRows().stream().anyMatch(r -> r.contains(person.reference()))) {
            assertThat(everything).contains(person.maskedCertificate());
        }
    }

    @Test
    void every_download_is_audited_with_county_period_format_and_rows_and_no_number() {
        outcomes.employed("东阿 审计", County.DONGE, "东阿县丙公司", EmploymentKind.QUOTA, SocialInsurance.YES, today());
        PortalUser caseworker = accounts.caseworker("东阿县 审计员", County.DONGE);
        TestAccounts.signIn(caseworker);
        var request = thisYear(County.DONGE, ExportKind.EMPLOYMENT);
        exports.preview(request);
        var csv = exports.export(request, ExportFormat.CSV);
        var xlsx = exports.export(request, ExportFormat.XLSX);

        TestAccounts.signIn(accounts.create("市残联 管理员", Role.CITY_ADMINISTRATOR));
        var entries = audit.search(AuditSearch.byStaffMember(caseworker.accountId()), PageRequest.of(0, 10))
                .getContent();

        assertThat(entries).as("the preview is not recorded, each download is").hasSize(2)
                .allSatisfy(e -> {
                    assertThat(e.action()).isEqualTo(AuditedAction.NATIONAL_EXPORT_DOWNLOADED);
                    assertThat(e.actorName()).isEqualTo("东阿县 审计员");
                    assertThat(e.personId()).isNull();
                    assertThat(e.detail()).doesNotContainPattern("\\d{11,}");
                });
        assertThat(entries).extracting(AuditEntry::detail).containsExactly(
                "EMPLOYMENT DONGE " + request.from() + ".." + request.to() + " XLSX, " + xlsx.rows() + " rows",
                "EMPLOYMENT DONGE " + request.from() + ".." + request.to() + " CSV, " + csv.rows() + " rows");
    }

    @Test
    void no_certificate_or_phone_number_reaches_the_log(CapturedOutput output) {
        var person = outcomes.trained("东阿 日志", County.DONGE, true, false, null);
        TestAccounts.signIn(accounts.caseworker("东阿县 陈老师", County.DONGE));
        var request = thisYear(County.DONGE, ExportKind.TRAINING);

        var file = exports.export(request, ExportFormat.CSV);
        org.slf4j.LoggerFactory.getLogger(getClass()).info("exported {} for {}", file, request);

        assertThat(csv(file)).contains(person.certificate());
        assertThat(file.toString()).doesNotContain(person.certificate());
        assertThat(output.getAll()).doesNotContain(person.certificate(), person.phone());
    }
}
