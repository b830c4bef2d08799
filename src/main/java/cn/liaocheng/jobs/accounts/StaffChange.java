package cn.liaocheng.jobs.accounts;

/** What happened when an administrator created, changed or switched off a staff account. */
public sealed interface StaffChange {

    record Saved(long accountId) implements StaffChange {}

    record NameRefused(DisplayName.Reason reason) implements StaffChange {}

    /** The number already has an account (a staff member's or an applicant's): one phone, one account. */
    record PhoneTaken() implements StaffChange {}

    /** A caseworker needs the one county they work for (not 全市); other roles have none. */
    record CountyRequired() implements StaffChange {}

    /** The change would leave the portal without an active city administrator. */
    record LastAdministrator() implements StaffChange {}

    /** Administrators do not change or switch off their own account (another administrator does). */
    record OwnAccount() implements StaffChange {}

    /** No staff account with this id (applicants' accounts are not managed here). */
    record NotFound() implements StaffChange {}
}
