package cn.liaocheng.jobs.quota;

/** The signed-in account has no confirmed unit (any more): the views answer with the not-found page. */
public class QuotaNotFoundException extends RuntimeException {
    public QuotaNotFoundException() {
        super("no confirmed unit for this account");
    }
}
