package cn.liaocheng.jobs.quota;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the representative types into the yearly report; null where a field is still empty (a draft may be half
 * filled). Counts only: the report never names a disabled employee.
 *
 * @param authorisedPosts 编制数, asked of 机关 and 事业单位 only
 * @param postsContact    whom applicants contact about the reserved posts (a department and an office telephone)
 */
public record ReportFigures(@Nullable Integer totalStaff, @Nullable Integer disabledEmployees,
        @Nullable Integer authorisedPosts, @Nullable String postsContact, List<ReservedPost> posts) {

    public ReportFigures {
        posts = List.copyOf(posts);
    }

    public static ReportFigures empty() {
        return new ReportFigures(null, null, null, null, List.of());
    }
}
