-- An SMS provider now sends what the outbox holds, so the outbox keeps its own retry schedule and what the provider
-- said: how often a message was tried, when the next try is due (null: not to be tried by itself — sent, given up,
-- for the township office, or waiting for a gateway or a phone number), why the last try failed (the provider's
-- code, never its message, which may repeat the number), the provider's id for the message, and its delivery receipt.
alter table messages_outgoing add column attempts int not null default 0;
alter table messages_outgoing add column next_attempt_at timestamp with time zone;
alter table messages_outgoing add column failure_reason varchar(64);
alter table messages_outgoing add column provider varchar(20);
alter table messages_outgoing add column provider_message_id varchar(64);
alter table messages_outgoing add column receipt_status varchar(12)
    check (receipt_status in ('WAITING', 'DELIVERED', 'UNDELIVERED'));
alter table messages_outgoing add column receipt_reason varchar(64);
alter table messages_outgoing add column receipt_at timestamp with time zone;
alter table messages_outgoing add column receipt_checked_at timestamp with time zone;

-- What the retry job looks for, oldest due first.
create index messages_outgoing_due on messages_outgoing (next_attempt_at) where status = 'QUEUED';
-- What the receipt job looks for.
create index messages_outgoing_awaiting_receipt on messages_outgoing (sent_at)
    where provider_message_id is not null and receipt_status = 'WAITING';
