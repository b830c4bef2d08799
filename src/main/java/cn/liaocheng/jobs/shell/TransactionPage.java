package cn.liaocheng.jobs.shell;

/**
 * A page in the middle of a transaction (a step of an application, check your answers): following GOV.UK's pattern
 * the header shows the service and its tools only, without the menu, so that the question is on the first screen and
 * nothing invites the person away from it. The page itself offers the way out (保存，以后再填, the back link).
 */
public interface TransactionPage {
}
