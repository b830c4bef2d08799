package cn.liaocheng.jobs.quota;

/** The kinds of unit the plan names (机关、事业单位、国有企业) and everyone else. Stored by name. */
public enum UnitKind {
    /** 党政机关 */
    PARTY_GOVERNMENT_ORGAN,
    /** 事业单位 */
    PUBLIC_INSTITUTION,
    /** 国有企业 */
    STATE_ENTERPRISE,
    /** 其他（民营企业、社会组织等） */
    OTHER;

    public String messageKey() {
        return "quota.kind." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** 机关 and 事业单位 have 编制 (authorised posts), on which the plan's at-least-one rule is based. */
    public boolean hasAuthorisedPosts() {
        return this == PARTY_GOVERNMENT_ORGAN || this == PUBLIC_INSTITUTION;
    }
}
