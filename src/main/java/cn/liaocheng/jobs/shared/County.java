package cn.liaocheng.jobs.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The county-level areas of Liaocheng and its development zones, plus city-wide offers.
 * The order is the one the city's own documents use; the slug is what appears in URLs.
 */
public enum County {
    DONGCHANGFU, CHIPING, LINQING, YANGGU, SHENXIAN, DONGE, GUANXIAN, GAOTANG,
    ECONOMIC_ZONE, HIGH_TECH_ZONE, RESORT_ZONE, CITYWIDE;

    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The i18n key of the county's name, e.g. {@code county.shenxian}. */
    public String messageKey() {
        return "county." + slug();
    }

    public static Optional<County> fromSlug(String slug) {
        return Arrays.stream(values()).filter(c -> c.slug().equals(slug)).findFirst();
    }
}
