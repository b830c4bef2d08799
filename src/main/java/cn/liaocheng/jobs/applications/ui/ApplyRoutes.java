package cn.liaocheng.jobs.applications.ui;

/**
 * The addresses of the application pages. Ids are database numbers that mean nothing without access; no personal
 * data ever goes into an address.
 */
public final class ApplyRoutes {

    /** Appended to a step's address when it was opened from check-your-answers: continue returns there. */
    static final String RETURN_TO_CHECK = "return=check";

    private ApplyRoutes() {
    }

    /** Where "在线申请" on an offer's page leads. */
    public static String apply(String offerSlug) {
        return "apply/" + offerSlug;
    }

    public static String mine() {
        return "applications";
    }

    static String application(long id) {
        return "applications/" + id;
    }

    static String step(long id, String stepId) {
        return "applications/" + id + "/step/" + stepId;
    }

    static String stepFromCheck(long id, String stepId) {
        return step(id, stepId) + "?" + RETURN_TO_CHECK;
    }

    static String check(long id) {
        return "applications/" + id + "/check";
    }

    static String confirmation(long id) {
        return "applications/" + id + "/confirmation";
    }
}
