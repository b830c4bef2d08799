-- The caseworkers' queue (工作台): one row per submitted application, written in the submission's transaction, with
-- the county that decides who reviews it (the person's profile county at submission, else the offer's county), so the
-- queue is scoped, filtered and paged in SQL without reading the applications capability's tables (decision 0013).
create table review_case (
    application_id bigint       primary key,
    reference      varchar(20)  not null unique,
    person_id      bigint       not null,
    county         varchar(20)  not null,
    township       varchar(100),
    offer_slug     varchar(80)  not null,
    offer_kind     varchar(20)  not null,
    offer_title    varchar(200) not null,
    applicant_name varchar(100) not null,
    on_behalf      boolean      not null,
    submitted_at   timestamp with time zone not null,
    status         varchar(20)  not null,
    status_since   timestamp with time zone not null,
    assigned_to    bigint,
    assigned_name  varchar(100),
    -- Every staff action names the version it saw: the second of two at once finds it changed (never overwrites).
    version        integer      not null default 0
);

create index review_case_queue on review_case (county, status, submitted_at);
