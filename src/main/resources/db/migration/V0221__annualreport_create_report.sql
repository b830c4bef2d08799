-- The annual report (年度落实情况报告) each county sends the city by 10 December: one row per county and year holding the
-- county's working draft, and one row per submitted version, frozen with the figures as they stood then.
create table annualreport_report (
    id                    bigint generated always as identity primary key,
    county                varchar(30)  not null,
    year                  integer      not null check (year >= 2023),
    -- Optimistic lock: two administrators of one county saving the same draft must not overwrite each other.
    version               integer      not null default 0,
    status                varchar(20)  not null default 'DRAFT'
                          check (status in ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED')),
    achievements          text         not null default '',
    practices             text         not null default '',
    problems              text         not null default '',
    draft_saved_at        timestamp with time zone,
    draft_saved_by        bigint,
    -- The city's 请修改: what to change, who asked and when; cleared by the next submission.
    changes_requested     text,
    changes_requested_at  timestamp with time zone,
    changes_requested_by  bigint,
    unique (county, year)
);

create table annualreport_version (
    id                 bigint generated always as identity primary key,
    report_id          bigint       not null references annualreport_report (id),
    number             integer      not null check (number >= 1),
    achievements       text         not null,
    practices          text         not null,
    problems           text         not null,
    -- The figures below are the portal's as of this date (the day of submission).
    figures_as_of      date         not null,
    submitted_at       timestamp with time zone not null,
    submitted_by       bigint       not null,
    submitted_by_name  varchar(100) not null,
    -- Submitted after 10 December of the report's year (Liaocheng time): accepted, and marked 逾期提交.
    late               boolean      not null,
    unique (report_id, number)
);

create table annualreport_version_figure (
    version_id   bigint       not null references annualreport_version (id),
    position     integer      not null,
    kind         varchar(60)  not null,
    message_key  varchar(120) not null,
    value        bigint       not null,
    target       bigint,
    unit         varchar(10)  not null check (unit in ('COUNT', 'PER_MILLE', 'YUAN')),
    -- False for a rate whose denominator was not entered yet.
    known        boolean      not null,
    primary key (version_id, position)
);

-- A submitted version is the record the city received: never changed, never deleted. A correction is a new version.
create function annualreport_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'a submitted annual report version cannot be changed or deleted; submit a new version'
        using errcode = 'check_violation';
end
$$;

create trigger annualreport_version_immutable before update or delete on annualreport_version
    for each row execute function annualreport_refuse_change();
create trigger annualreport_version_figure_immutable before update or delete on annualreport_version_figure
    for each row execute function annualreport_refuse_change();

-- One reminder per county administrator, county, year and day, whatever how often the job runs or how many
-- instances run it: the insert that wins sends the message.
create table annualreport_reminder (
    county      varchar(30) not null,
    year        integer     not null,
    day         date        not null,
    account_id  bigint      not null,
    sent_at     timestamp with time zone not null,
    primary key (county, year, day, account_id)
);
