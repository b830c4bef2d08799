-- The outbox: every message to a person (SMS, voice call, or a note for the township office), written in the same
-- transaction as the change that causes it, so that a change never goes untold and a rolled-back one is never told.
-- Sending happens after the commit; what could not be sent stays QUEUED here for a later retry or for staff.
create table messages_outgoing (
    id              bigint generated always as identity primary key,
    -- The person told; their phone is looked up when sending, so no phone number is copied into this table.
    person_id       bigint       not null,
    -- The application the message is about, if any.
    application_id  bigint,
    -- Accounts that were told in the app as well (the person's own account and active helpers), for the record.
    account_ids     bigint[]     not null default '{}',
    channel         varchar(20)  not null check (channel in ('SMS', 'PHONE_CALL', 'IN_PERSON')),
    -- The text key and its parameters, and the text as rendered in the person's language when queued.
    text_key        varchar(100) not null,
    parameters      text[]       not null default '{}',
    language        varchar(10)  not null default 'zh-CN',
    text            text         not null,
    status          varchar(10)  not null default 'QUEUED' check (status in ('QUEUED', 'SENT', 'FAILED')),
    created_at      timestamp with time zone not null,
    sent_at         timestamp with time zone,
    check ((status = 'SENT') = (sent_at is not null))
);

create index messages_outgoing_person on messages_outgoing (person_id, created_at desc);
create index messages_outgoing_queued on messages_outgoing (channel, created_at) where status = 'QUEUED';
