package cn.liaocheng.jobs.accounts;

/**
 * The signed-in person deleted their account. Published inside the deleting transaction, before the row is
 * anonymised, so that each capability removes what it holds for this account while everything is still there; if
 * any of them fails, nothing is deleted. Carries the id only, never the phone or the name.
 */
public record AccountDeleted(long accountId) {}
