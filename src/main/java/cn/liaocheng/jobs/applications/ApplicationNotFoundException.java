package cn.liaocheng.jobs.applications;

/**
 * The application does not exist or the signed-in account may not see it. Deliberately the same for both, so that
 * nobody learns which ids exist; views show the not-found page.
 */
public class ApplicationNotFoundException extends RuntimeException {

    public ApplicationNotFoundException() {
        super("no such application for this account");
    }
}
