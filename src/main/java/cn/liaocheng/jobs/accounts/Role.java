package cn.liaocheng.jobs.accounts;

/**
 * What an account may do. Spring Security sees these as authorities {@code ROLE_APPLICANT} and so on, so views use
 * {@code @RolesAllowed(Role.Names.CASEWORKER)} and services {@code @PreAuthorize(Role.Expressions.CITY_ADMINISTRATOR)}. Every role but {@link #APPLICANT} is staff: created by a
 * city administrator ({@link StaffAccounts}), signed in with password and a code sent to the phone.
 */
public enum Role {
    /** A resident applying for themselves, or a family member / village disability worker applying for someone. */
    APPLICANT,
    /**
     * Staff of a county-level federation (县/市/区残联) or a development zone's office: works on the applications of
     * people in that one county ({@link StaffAccounts.StaffAccount#county()}).
     */
    CASEWORKER,
    /**
     * The lead of a county-level federation (县/市/区残联): a caseworker's work in that one county, and what the county
     * answers for in the plan: its catalogue offers, its figures and its annual report (年度落实情况报告).
     */
    COUNTY_ADMINISTRATOR,
    /** Staff of the city federation (市残联): every county, and manages the staff accounts. */
    CITY_ADMINISTRATOR,
    /** Agricultural Bank of China, Liaocheng branch (农业银行聊城分行): only the loan referrals sent to the bank. */
    LOAN_OFFICER,
    /**
     * The representative of an employer (机关、事业单位、国有企业 …) who reports the unit's quota figures (按比例安排就业).
     * Not staff: sees no person's data, signs in like an applicant, and gets the role only when staff confirm the
     * unit.
     */
    EMPLOYER;

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean isStaff() {
        return this != APPLICANT && this != EMPLOYER;
    }

    /** Works for exactly one county (caseworkers and county administrators); everyone else has none. */
    public boolean hasCounty() {
        return this == CASEWORKER || this == COUNTY_ADMINISTRATOR;
    }

    /** Constants for annotations, which cannot call {@link #name()}. */
    public static final class Names {
        public static final String APPLICANT = "APPLICANT";
        public static final String CASEWORKER = "CASEWORKER";
        public static final String COUNTY_ADMINISTRATOR = "COUNTY_ADMINISTRATOR";
        public static final String CITY_ADMINISTRATOR = "CITY_ADMINISTRATOR";
        public static final String LOAN_OFFICER = "LOAN_OFFICER";
        public static final String EMPLOYER = "EMPLOYER";

        private Names() {}
    }

    /**
     * Spring Security expressions for {@code @PreAuthorize} on service methods. Services use these rather than
     * {@code @RolesAllowed}: with JSR-250 method security switched on, Spring would also turn every Vaadin view
     * carrying Vaadin's {@code @RolesAllowed} into a CGLIB proxy (decision 0011).
     */
    public static final class Expressions {
        public static final String CITY_ADMINISTRATOR = "hasRole('" + Names.CITY_ADMINISTRATOR + "')";
        /**
         * Those who work on applications: caseworkers and county administrators (their county) and city
         * administrators (every county).
         */
        public static final String CASEWORKER_OR_CITY_ADMINISTRATOR = "hasAnyRole('" + Names.CASEWORKER + "', '"
                + Names.COUNTY_ADMINISTRATOR + "', '" + Names.CITY_ADMINISTRATOR + "')";
        /** Those who answer for a county's offers, figures and report: county administrators and city administrators. */
        public static final String COUNTY_OR_CITY_ADMINISTRATOR =
                "hasAnyRole('" + Names.COUNTY_ADMINISTRATOR + "', '" + Names.CITY_ADMINISTRATOR + "')";
        public static final String EMPLOYER = "hasRole('" + Names.EMPLOYER + "')";
        /** The Agricultural Bank's loan officers: only the referrals the DPF sent to the bank. */
        public static final String LOAN_OFFICER = "hasRole('" + Names.LOAN_OFFICER + "')";

        private Expressions() {}
    }
}
