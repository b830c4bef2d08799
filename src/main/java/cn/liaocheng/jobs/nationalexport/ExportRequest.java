package cn.liaocheng.jobs.nationalexport;

import cn.liaocheng.jobs.shared.County;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What to export: one county's records (or the whole city's, {@code county} null, for a city administrator) whose 办结
 * was recorded from {@code from} through {@code to}, Liaocheng days, both inclusive.
 */
public record ExportRequest(@Nullable County county, LocalDate from, LocalDate to, ExportKind kind) {

    public ExportRequest {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it starts");
        }
    }
}
