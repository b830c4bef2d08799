package cn.liaocheng.jobs.nationalexport;

import cn.liaocheng.jobs.review.EmploymentKind;
import cn.liaocheng.jobs.review.Outcome;
import cn.liaocheng.jobs.review.SocialInsurance;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.DisabilityCategory;
import cn.liaocheng.jobs.shared.DisabilityCertificateNumber;
import cn.liaocheng.jobs.shared.PhoneNumber;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The columns of the national system's 实名制 templates, in their order and with their Chinese names, and how each row
 * fills them (docs/national-export.md explains every column). The file is in Chinese whatever the page's language,
 * because the national system reads only Chinese; so these words are here and not in the translation files.
 */
enum NationalTemplate {

    EMPLOYMENT(List.of("序号", "姓名", "残疾人证号", "残疾类别", "残疾等级", "联系电话", "所属县（市、区）", "就业形式",
            "就业单位", "就业时间", "是否参加社会保险", "业务编号")),
    TRAINING(List.of("序号", "姓名", "残疾人证号", "残疾类别", "残疾等级", "联系电话", "所属县（市、区）", "培训年度",
            "培训项目", "培训机构", "培训开始日期", "培训结束日期", "培训天数", "培训学时", "是否结业", "取得证书",
            "业务编号"));

    private static final ZoneId LIAOCHENG = ZoneId.of("Asia/Shanghai");

    private final List<String> headers;

    NationalTemplate(List<String> headers) {
        this.headers = headers;
    }

    static NationalTemplate of(ExportKind kind) {
        return switch (kind) {
            case EMPLOYMENT -> EMPLOYMENT;
            case TRAINING -> TRAINING;
        };
    }

    List<String> headers() {
        return headers;
    }

    /**
     * The row's cells, {@code number} counted from 1. Certificate and phone numbers in full only when {@code unmasked}
     * (the file); masked otherwise (the page's preview).
     */
    List<String> cells(int number, ExportRow row, boolean unmasked) {
        var person = row.person();
        var certificate = person == null ? null : person.certificateNumber();
        var phone = person == null ? null : person.phone();
        var common = List.of(Integer.toString(number), person == null ? "" : person.name(),
                certificate(certificate, unmasked), certificate == null ? "" : category(certificate.category()),
                certificate == null ? "" : grade(certificate.grade()), phone(phone, unmasked),
                countyName(row.outcome().county()));
        var cells = new java.util.ArrayList<>(common);
        switch (row.outcome().outcome()) {
            case Outcome.Employment e -> cells.addAll(List.of(
                    e.employmentKind() == null ? "" : employmentForm(e.employmentKind()),
                    text(e.employer()), date(e.startDate()), socialInsurance(e.socialInsurance())));
            case Outcome.Training t -> {
                var offer = row.offer();
                var starts = offer == null ? null : offer.startsOn();
                var ends = offer == null ? null : offer.endsOn();
                int year = starts != null ? starts.getYear()
                        : row.outcome().recordedAt().atZone(LIAOCHENG).getYear();
                cells.addAll(List.of(Integer.toString(year), row.outcome().offerTitle(),
                        offer == null ? "" : text(offer.provider().zh()), date(starts), date(ends),
                        starts == null || ends == null ? "" : Long.toString(ChronoUnit.DAYS.between(starts, ends) + 1),
                        "", t.completed() ? "是" : "否", text(t.certificate())));
            }
            case Outcome.Loan l -> throw new IllegalArgumentException("loans are not exported");
        }
        cells.add(row.outcome().reference());
        if (cells.size() != headers.size()) {
            throw new IllegalStateException("a row must fill every column of " + this);
        }
        return List.copyOf(cells);
    }

    private static String certificate(@Nullable DisabilityCertificateNumber number, boolean unmasked) {
        if (number == null) {
            return "";
        }
        return unmasked ? number.value() : number.masked();
    }

    private static String phone(@Nullable PhoneNumber phone, boolean unmasked) {
        if (phone == null) {
            return "";
        }
        return unmasked ? phone.value() : phone.masked();
    }

    static String category(DisabilityCategory category) {
        return switch (category) {
            case VISUAL -> "视力残疾";
            case HEARING -> "听力残疾";
            case SPEECH -> "言语残疾";
            case PHYSICAL -> "肢体残疾";
            case INTELLECTUAL -> "智力残疾";
            case PSYCHOSOCIAL -> "精神残疾";
            case MULTIPLE -> "多重残疾";
        };
    }

    static String grade(int grade) {
        return switch (grade) {
            case 1 -> "一级";
            case 2 -> "二级";
            case 3 -> "三级";
            case 4 -> "四级";
            default -> throw new IllegalArgumentException("grade must be 1-4");
        };
    }

    /** The national system's 就业形式 words, which differ slightly from the portal's own (e.g. 个体就业/自主创业). */
    static String employmentForm(EmploymentKind kind) {
        return switch (kind) {
            case QUOTA -> "按比例就业";
            case PUBLIC_WELFARE_POST -> "公益性岗位就业";
            case ASSISTED -> "辅助性就业";
            case SELF_EMPLOYED -> "自主创业";
            case CONCENTRATED -> "集中就业";
            case FLEXIBLE -> "灵活就业";
        };
    }

    /** Blank for an outcome recorded before the question was asked (V0240): unknown is not 否. */
    static String socialInsurance(@Nullable SocialInsurance insurance) {
        if (insurance == null) {
            return "";
        }
        return switch (insurance) {
            case YES -> "是";
            case NO -> "否";
            case UNKNOWN -> "不清楚";
        };
    }

    static String countyName(@Nullable County county) {
        if (county == null) {
            return "全市";
        }
        return switch (county) {
            case DONGCHANGFU -> "东昌府区";
            case CHIPING -> "茌平区";
            case LINQING -> "临清市";
            case YANGGU -> "阳谷县";
            case SHENXIAN -> "莘县";
            case DONGE -> "东阿县";
            case GUANXIAN -> "冠县";
            case GAOTANG -> "高唐县";
            case ECONOMIC_ZONE -> "聊城经济技术开发区";
            case HIGH_TECH_ZONE -> "聊城高新技术产业开发区";
            case RESORT_ZONE -> "江北水城旅游度假区";
            case CITYWIDE -> "全市";
        };
    }

    private static String date(@Nullable LocalDate day) {
        return day == null ? "" : day.toString();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
