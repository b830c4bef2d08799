-- Staff accounts (issue 10): three staff roles instead of STAFF/ADMIN, the county a caseworker works for, accounts that
-- an administrator switched off, and staff accounts that exist before their holder set a password (with a code sent
-- to their phone), so that no account ever starts with a password somebody else chose.
alter table accounts_account
    add column county varchar(30),
    add column deactivated_at timestamptz,
    drop constraint accounts_account_role_check;
-- No screen ever made STAFF accounts; should one exist, its county is unknown: it waits, switched off, for an
-- administrator to give it one.
update accounts_account set role = 'CASEWORKER', deactivated_at = now() where role = 'STAFF';
update accounts_account set role = 'CITY_ADMINISTRATOR' where role = 'ADMIN';
alter table accounts_account
    add constraint accounts_account_role_check
        check (role in ('APPLICANT', 'CASEWORKER', 'CITY_ADMINISTRATOR', 'LOAN_OFFICER')),
    -- An active caseworker belongs to exactly one county (never "CITYWIDE"); nobody else has one.
    add constraint accounts_account_caseworker_county check (
        (role = 'CASEWORKER' and (county is not null or deactivated_at is not null))
        or (role <> 'CASEWORKER' and county is null)),
    add constraint accounts_account_county_is_not_citywide check (county is null or county <> 'CITYWIDE'),
    drop constraint accounts_account_deleted_is_anonymous,
    add constraint accounts_account_deleted_is_anonymous check (
        (deleted_at is null and phone_number is not null and display_name is not null)
        or (deleted_at is not null and phone_number is null and password_hash is null and display_name is null)),
    -- Only staff wait for their password; an applicant registers with one.
    add constraint accounts_account_applicants_have_a_password
        check (role <> 'APPLICANT' or password_hash is not null or deleted_at is not null);
