-- In-app notifications: one row per account to tell (the person and each active helper) for every status change,
-- written in the same transaction as the change. SMS or phone calls per the contact preference come later.
create table applications_notification (
    id             bigint generated always as identity primary key,
    account_id     bigint      not null,
    application_id bigint      not null references applications_application (id) on delete cascade,
    status         varchar(20) not null,
    created_at     timestamp with time zone not null,
    read_at        timestamp with time zone
);

create index applications_notification_account on applications_notification (account_id, created_at desc);
