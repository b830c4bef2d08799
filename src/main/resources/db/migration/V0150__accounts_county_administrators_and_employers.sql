-- Running the plan (issue 11): a county federation's administrator (offers, figures and the annual report of one
-- county, besides a caseworker's work there) and an employer's representative (the unit's quota report; not staff).
alter table accounts_account
    drop constraint accounts_account_role_check,
    add constraint accounts_account_role_check check (role in
        ('APPLICANT', 'CASEWORKER', 'COUNTY_ADMINISTRATOR', 'CITY_ADMINISTRATOR', 'LOAN_OFFICER', 'EMPLOYER')),
    drop constraint accounts_account_caseworker_county,
    -- An active caseworker or county administrator belongs to exactly one county (never "CITYWIDE"); nobody else has one.
    add constraint accounts_account_caseworker_county check (
        (role in ('CASEWORKER', 'COUNTY_ADMINISTRATOR') and (county is not null or deactivated_at is not null))
        or (role not in ('CASEWORKER', 'COUNTY_ADMINISTRATOR') and county is null)),
    drop constraint accounts_account_applicants_have_a_password,
    add constraint accounts_account_applicants_have_a_password
        check (role not in ('APPLICANT', 'EMPLOYER') or password_hash is not null or deleted_at is not null);
