package cn.liaocheng.jobs.staff.ui;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.shared.County;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The words for roles and counties on the staff pages. */
final class StaffTexts {

    private StaffTexts() {
    }

    private static String t(String key, Object... parameters) {
        return UI.getCurrent().getTranslation(key, parameters);
    }

    static String role(Role role) {
        return t("staff.role." + role.name().toLowerCase(Locale.ROOT));
    }

    /** A caseworker's county; 全市 for an administrator; 不适用 for a loan officer. */
    static String scope(Role role, @Nullable County county) {
        return switch (role) {
            case CASEWORKER, COUNTY_ADMINISTRATOR -> county == null ? t("staff.county.none") : t(county.messageKey());
            case CITY_ADMINISTRATOR -> t("county.citywide");
            case LOAN_OFFICER, APPLICANT, EMPLOYER -> t("staff.county.none");
        };
    }
}
