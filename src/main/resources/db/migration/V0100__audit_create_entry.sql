-- PIPL art. 51 and 55: a record of who processed whose sensitive data, when, how and from where. Append-only: the
-- triggers below refuse UPDATE, DELETE and TRUNCATE for every database user, the portal's own included, so that no
-- bug or crafted request can rewrite what staff did. Rows name the person and the application by id only and never
-- hold an ID or certificate number or a health fact (the service refuses details that look like numbers).
create table audit_entry (
    id                bigint generated always as identity primary key,
    occurred_at       timestamp with time zone not null,
    -- Who: the account, with its name and role as they were then (a name or role may change, the record must not).
    actor_account_id  bigint       not null,
    actor_name        varchar(100) not null,
    actor_role        varchar(30)  not null,
    -- What: a small fixed vocabulary (audit.AuditedAction) and a short, non-sensitive detail.
    action            varchar(40)  not null,
    detail            varchar(200) not null default '',
    -- Which application and/or person; ids only, which point to nothing once those records are deleted.
    application_id    bigint,
    person_id         bigint,
    -- From where: the client address as the portal saw it (after a trusted proxy), or 'internal'.
    client_address    varchar(64)  not null
);

-- 操作记录 on the staff application page, and the administrator's search per person, per staff member and per day.
create index audit_entry_by_application on audit_entry (application_id, id) where application_id is not null;
create index audit_entry_by_person on audit_entry (person_id, occurred_at desc) where person_id is not null;
create index audit_entry_by_actor on audit_entry (actor_account_id, occurred_at desc);
create index audit_entry_by_time on audit_entry (occurred_at desc);

create function audit_entry_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_entry_no_update_or_delete before update or delete on audit_entry
    for each row execute function audit_entry_refuse_change();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_refuse_change();
