-- The employment rate's denominator (就业年龄段持证残疾人) is not in the portal's records: county staff enter it, with
-- where it comes from and as of when, so that the rate on the 计划进展 pages can be checked against its source.
create table monitoring_employment_base (
    county              varchar(20)  primary key,
    working_age_holders bigint       not null check (working_age_holders > 0),
    source              varchar(300) not null,
    as_of               date         not null,
    entered_by          bigint       not null,
    entered_by_name     varchar(100) not null,
    entered_at          timestamp with time zone not null,
    version             integer      not null default 0
);
