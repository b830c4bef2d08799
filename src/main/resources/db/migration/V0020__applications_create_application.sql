-- Applications from first draft to decision. Answers are stored as typed, as JSON, on every step and while the
-- person types, so that a draft survives sign-out, a session timeout and a server restart. The person and the
-- accounts are referred to by id only: they belong to the profile and accounts capabilities.
create sequence applications_reference_seq start with 1;

create table applications_application (
    id                        bigint generated always as identity primary key,
    version                   integer      not null default 0,
    offer_id                  bigint       not null,
    offer_slug                varchar(80)  not null,
    form                      varchar(30)  not null,
    person_id                 bigint       not null,
    created_by                bigint       not null,
    status                    varchar(20)  not null default 'DRAFT' check (status in
        ('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'MORE_INFO_NEEDED', 'APPROVED', 'REJECTED', 'COMPLETED')),
    answers                   jsonb        not null default '{}'::jsonb,
    current_step              varchar(30)  not null,
    reference                 varchar(20)  unique,
    submitted_by              bigint,
    submitted_by_name         varchar(50),
    submitted_by_relationship varchar(30),
    submitted_at              timestamp with time zone,
    created_at                timestamp with time zone not null,
    updated_at                timestamp with time zone not null,
    check ((status = 'DRAFT') = (reference is null)),
    check (status = 'DRAFT' or (submitted_by is not null and submitted_at is not null))
);

-- 我的申请 lists by person and by creator.
create index applications_application_person on applications_application (person_id);
create index applications_application_created_by on applications_application (created_by);

-- Every change of status, written in the same transaction as the change: the timeline and the audit trail.
create table applications_status_change (
    id             bigint generated always as identity primary key,
    application_id bigint       not null references applications_application (id) on delete cascade,
    from_status    varchar(20)  not null,
    to_status      varchar(20)  not null,
    reason         text,
    changed_by     bigint       not null,
    changed_at     timestamp with time zone not null,
    check (to_status <> 'REJECTED' or length(trim(reason)) > 0)
);

create index applications_status_change_application on applications_status_change (application_id, changed_at);
