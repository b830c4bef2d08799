package cn.liaocheng.jobs.quota;

/** Staff's decision on a submitted report's reserved posts; only approved posts become offers. */
public enum PostsStatus {
    /** The report reserves no post. */
    NONE,
    /** 待审核 */
    PENDING,
    /** 已批准: published as {@link ReservedPostApproved}. */
    APPROVED,
    /** 未批准 */
    REFUSED;

    public String messageKey() {
        return "quota.posts.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
