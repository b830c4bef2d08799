package cn.liaocheng.jobs.annualreport;

import cn.liaocheng.jobs.shared.County;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Which counties' reports of one year stand where: every county for the city, one's own for a county. */
public record ReportOverview(int year, ReportDeadline deadline, List<Row> rows) {

    public ReportOverview {
        rows = List.copyOf(rows);
    }

    /** @param latestVersion 0 when nothing was submitted yet */
    public record Row(County county, ReportStatus status, int latestVersion, @Nullable Instant submittedAt,
            boolean late) {}
}
