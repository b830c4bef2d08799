package cn.liaocheng.jobs.applications;

/**
 * Where a question's first answer comes from, so nobody is asked twice for what the portal already knows. The person
 * can still change the answer for this application.
 */
public enum Prefill {
    /** The county in the profile; when the profile has none, the county of the offer. */
    COUNTY,
    TOWNSHIP, HOUSEHOLD, EDUCATION, GRADUATION_YEAR, CONTACT_PREFERENCE, SUPPORT_NEEDS, PHONE
}
