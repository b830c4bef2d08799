package cn.liaocheng.jobs.accounts;

/**
 * What an account may do. Spring Security sees these as authorities {@code ROLE_APPLICANT} and so on, so views use
 * {@code @RolesAllowed(Role.Names.APPLICANT)}.
 */
public enum Role {
    /** A resident applying for themselves, or a family member / village disability worker applying for someone. */
    APPLICANT,
    /** Staff of the Disabled Persons' Federation who review applications (screens come in a later issue). */
    STAFF,
    /** Manages staff accounts and the catalogue. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

    /** Constants for annotations, which cannot call {@link #name()}. */
    public static final class Names {
        public static final String APPLICANT = "APPLICANT";
        public static final String STAFF = "STAFF";
        public static final String ADMIN = "ADMIN";

        private Names() {}
    }
}
