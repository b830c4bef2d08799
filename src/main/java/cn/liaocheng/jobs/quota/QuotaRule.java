package cn.liaocheng.jobs.quota;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * The quota as the city's plan words it, 聊政办发〔2023〕6号, 二（一）1:
 * "“十四五”期间编制50人(含)以上的市级机关和编制67人(含)以上的事业单位(中小学、幼儿园除外),安排残疾人就业未达到在职职工总数1.5%比例的,
 * 至少安排1名残疾人就业。县、乡两级根据机关和事业单位编制总数,按比例统筹安排残疾人就业。"
 * and 二（二）1 for state enterprises ("国有企业应带头按比例安排残疾人就业"); the 1.5 % itself is the national floor
 * (《残疾人就业条例》第八条).
 *
 * <p>The plan does not say how to round, so the portal counts whole people and compares exactly, in integers:
 * <ul>
 *   <li>a unit meets the quota when {@code disabled / staff ≥ 1.5 %}, i.e. {@code disabled × 1000 ≥ staff × 15};</li>
 *   <li>the number it needs is the smallest whole number that meets it, {@code ⌈staff × 1.5 %⌉}: 66 staff need 1
 *       (0.99), 67 need 2 (1.005; one of 67 is 1.49 %), 200 need 3;</li>
 *   <li>the at-least-one rule covers city-level units ({@code County.CITYWIDE}, 市直): 机关 (party and government
 *       organs) with 编制 of 50 or more and 事业单位 other than schools and kindergartens with 编制 of 67 or more. The
 *       next sentence gives both kinds at county and township level to the county to pool ("统筹"), so the rule
 *       does not cover them per unit; that is how the portal reads "市级" here. The plan
 *       measures them by 编制 (authorised posts), the ratio by 在职职工总数 (staff in post), so a covered unit with
 *       fewer staff in post than posts still needs one person.</li>
 * </ul>
 * The 残疾人就业保障金 of a unit below the quota counts fractions of a person and is the tax office's business, not
 * computed here.
 */
public final class QuotaRule {

    /** 1.5 % as per mille, to keep the arithmetic in integers. */
    static final int PER_MILLE = 15;
    static final int CITY_ORGAN_POSTS = 50;
    static final int PUBLIC_INSTITUTION_POSTS = 67;

    private QuotaRule() {}

    public static QuotaAssessment assess(UnitKind kind, boolean cityLevel, boolean schoolOrKindergarten,
            @Nullable Integer authorisedPosts, int staff, int disabled) {
        if (staff < 0 || disabled < 0 || disabled > staff) {
            throw new IllegalArgumentException("staff and disabled employees must be 0 ≤ disabled ≤ staff");
        }
        boolean atLeastOne = atLeastOneRuleCovers(kind, cityLevel, schoolOrKindergarten, authorisedPosts);
        int byRatio = (int) ((staff * (long) PER_MILLE + 999) / 1000);
        int required = atLeastOne ? Math.max(1, byRatio) : byRatio;
        int stillNeeded = Math.max(0, required - disabled);
        if (staff == 0) {
            return new QuotaAssessment(null, atLeastOne ? QuotaStatus.BELOW : QuotaStatus.NO_STAFF, required,
                    stillNeeded, atLeastOne);
        }
        var ratio = BigDecimal.valueOf(disabled * 100L).divide(BigDecimal.valueOf(staff), 2, RoundingMode.DOWN);
        return new QuotaAssessment(ratio, stillNeeded == 0 ? QuotaStatus.MEETS : QuotaStatus.BELOW, required,
                stillNeeded, atLeastOne);
    }

    static boolean atLeastOneRuleCovers(UnitKind kind, boolean cityLevel, boolean schoolOrKindergarten,
            @Nullable Integer authorisedPosts) {
        if (authorisedPosts == null) {
            return false;
        }
        return switch (kind) {
            case PARTY_GOVERNMENT_ORGAN -> cityLevel && authorisedPosts >= CITY_ORGAN_POSTS;
            case PUBLIC_INSTITUTION -> cityLevel && !schoolOrKindergarten && authorisedPosts >= PUBLIC_INSTITUTION_POSTS;
            case STATE_ENTERPRISE, OTHER -> false;
        };
    }
}
