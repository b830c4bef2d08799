package cn.liaocheng.jobs.easyread;

import cn.liaocheng.jobs.shared.LocalizedText;
import java.util.Objects;

/**
 * What an editor typed for an action area's page ({@code /plan/6}): its title, the summary of the plan's text and its
 * lead departments (牵头单位), in Chinese and English. The related catalogue lists stay reference data.
 */
public record PlanAreaEdit(String titleZh, String titleEn, String summaryZh, String summaryEn, String leadZh,
        String leadEn) {

    public PlanAreaEdit {
        titleZh = titleZh.strip();
        titleEn = titleEn.strip();
        summaryZh = summaryZh.strip();
        summaryEn = summaryEn.strip();
        leadZh = leadZh.strip();
        leadEn = leadEn.strip();
    }

    /** The stored area as the editor sees it, for the form. */
    public static PlanAreaEdit of(PlanArea area) {
        return new PlanAreaEdit(area.title().zh(), english(area.title()), area.summary().zh(), english(area.summary()),
                area.leadDepartments().zh(), english(area.leadDepartments()));
    }

    private static String english(LocalizedText text) {
        return Objects.requireNonNullElse(text.en(), "");
    }
}
