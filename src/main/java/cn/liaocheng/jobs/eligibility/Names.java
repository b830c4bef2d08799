package cn.liaocheng.jobs.eligibility;

import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.DisabilityCategory;
import java.util.Locale;
import java.util.ResourceBundle;

/** County and category names for the reason sentences, read from the portal's own Chinese translation file. */
final class Names {

    private static final ResourceBundle ZH = ResourceBundle.getBundle("vaadin-i18n/translations",
            Locale.SIMPLIFIED_CHINESE);

    private Names() {
    }

    static String county(County county) {
        return ZH.getString(county.messageKey());
    }

    static String category(DisabilityCategory category) {
        return ZH.getString(category.messageKey());
    }
}
