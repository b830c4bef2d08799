package cn.liaocheng.jobs.review;

import cn.liaocheng.jobs.review.QueueFilter.QueueState;
import java.util.List;
import java.util.Map;

/**
 * One page of the queue, oldest first, with the counts per state (over the staff member's whole scope, not the
 * filter) and the offers to filter by.
 */
public record QueuePage(List<Row> rows, long total, int page, int pageSize, Map<QueueState, Long> counts,
        List<Map.Entry<String, String>> offers) {

    public QueuePage {
        rows = List.copyOf(rows);
        counts = Map.copyOf(counts);
        offers = List.copyOf(offers);
    }

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    /**
     * @param workingDaysWaiting working days since it was submitted
     * @param overdue            still untouched (已提交) past the promise of {@link WorkingDays#PROMISED} working days
     */
    public record Row(ReviewCase reviewCase, int workingDaysWaiting, boolean overdue) {}
}
