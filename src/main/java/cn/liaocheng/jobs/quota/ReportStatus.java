package cn.liaocheng.jobs.quota;

/** A yearly report's revision: a draft, the submitted one the 公示 shows, or one a later submission replaced. */
public enum ReportStatus {
    DRAFT, SUBMITTED, SUPERSEDED
}
