package cn.liaocheng.jobs.annualreport;

import java.text.NumberFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One of the portal's figures in a report, as the monitoring capability counted it: what it is ({@code messageKey},
 * e.g. 新增就业人数), the value, and the plan's target if it has one. Kept as plain values so that a submitted version
 * holds them as they were, whatever the monitoring capability counts later.
 *
 * @param known false for a rate whose denominator nobody has entered yet
 */
public record ReportFigure(String kind, String messageKey, long value, @Nullable Long target, Unit unit,
        boolean known) {

    public enum Unit {
        COUNT,
        /** A rate in per mille (550 = 55.0 %). */
        PER_MILLE,
        YUAN
    }

    /** The value as people read it ("1,234", "55.0 %"); {@code unknown} when the rate is not known. */
    public String valueText(Locale language, String unknown) {
        return known ? format(value, language) : unknown;
    }

    /** The target as people read it, or {@code none} without one. */
    public String targetText(Locale language, String none) {
        return target == null ? none : format(target, language);
    }

    private String format(long number, Locale language) {
        return unit == Unit.PER_MILLE ? String.format(Locale.ROOT, "%.1f %%", number / 10.0)
                : NumberFormat.getIntegerInstance(language).format(number);
    }
}
