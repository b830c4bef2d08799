-- 办结: what came of an approved application, as structured data, because the plan's targets (trained, employed,
-- loans granted) are counted from it. One outcome per application; which columns are filled depends on its kind.
create table review_outcome (
    application_id  bigint       primary key references review_case (application_id),
    kind            varchar(20)  not null check (kind in ('TRAINING', 'EMPLOYMENT', 'LOAN')),
    -- training
    enrolled        boolean,
    course_completed boolean,
    certificate     varchar(100),
    -- jobs and posts
    employed        boolean,
    employer        varchar(100),
    start_date      date,
    employment_kind varchar(30),
    -- loans
    amount_yuan     integer check (amount_yuan is null or amount_yuan > 0),
    bank            varchar(100),
    granted_on      date,
    recorded_by     bigint       not null,
    recorded_at     timestamp with time zone not null,
    check (kind <> 'TRAINING' or (enrolled is not null and course_completed is not null)),
    check (kind <> 'EMPLOYMENT' or employed is not null),
    check (kind <> 'LOAN' or (amount_yuan is not null and bank is not null and granted_on is not null))
);
