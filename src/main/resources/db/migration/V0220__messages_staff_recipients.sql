-- Staff are told too (the annual report's reminders to county administrators): a message goes either to a person or
-- to a staff account, whose phone, like a person's, is looked up only when sending.
alter table messages_outgoing alter column person_id drop not null;
alter table messages_outgoing add column staff_account_id bigint;
alter table messages_outgoing add constraint messages_outgoing_one_recipient
    check ((person_id is null) <> (staff_account_id is null));
