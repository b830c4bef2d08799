-- A person can delete their account (issue 8 §4, PIPL art. 47). The row stays, because other records refer to it by
-- id (who created a profile, who submitted an application that the federation keeps as its record), but nothing
-- about the person is left on it: no phone number (so the number can register again), no name, no password hash
-- (so it can never sign in again), only when it was deleted.
alter table accounts_account
    add column deleted_at timestamptz,
    alter column phone_number drop not null,
    alter column password_hash drop not null,
    alter column display_name drop not null,
    add constraint accounts_account_deleted_is_anonymous check (
        (deleted_at is null and phone_number is not null and password_hash is not null and display_name is not null)
        or (deleted_at is not null and phone_number is null and password_hash is null and display_name is null));
