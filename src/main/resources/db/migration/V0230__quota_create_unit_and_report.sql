-- 按比例安排就业 (issue 11, part 4): units whose representative staff confirmed, their yearly quota reports (counts
-- only, never names of disabled employees) and the posts they reserve for disabled applicants.
create table quota_unit (
    id bigserial primary key,
    name varchar(100) not null,
    credit_code char(18) not null,
    county varchar(20) not null,
    kind varchar(30) not null
        check (kind in ('PARTY_GOVERNMENT_ORGAN', 'PUBLIC_INSTITUTION', 'STATE_ENTERPRISE', 'OTHER')),
    school_or_kindergarten boolean not null default false,
    -- The account that asked to represent the unit; null only for the sample profile's units, which nobody represents.
    representative_account_id bigint references accounts_account (id),
    representative_position varchar(50),
    status varchar(10) not null check (status in ('PENDING', 'CONFIRMED', 'REFUSED')),
    requested_at timestamp with time zone not null,
    decided_at timestamp with time zone,
    decided_by bigint,
    sample boolean not null default false,
    version integer not null default 0,
    check (representative_account_id is not null or sample)
);
-- One open request or confirmed unit per account, and one confirmed representative per unit.
create unique index quota_unit_one_per_account on quota_unit (representative_account_id)
    where status in ('PENDING', 'CONFIRMED');
create unique index quota_unit_one_confirmed_per_code on quota_unit (credit_code) where status = 'CONFIRMED';
create index quota_unit_pending_by_county on quota_unit (county) where status = 'PENDING';

create table quota_report (
    id bigserial primary key,
    unit_id bigint not null references quota_unit (id),
    year integer not null check (year between 2023 and 2100),
    -- 1 for the first report of the year; a correction after submission is a new revision, never an edit.
    revision integer not null check (revision >= 1),
    status varchar(12) not null check (status in ('DRAFT', 'SUBMITTED', 'SUPERSEDED')),
    total_staff integer check (total_staff between 0 and 1000000),
    disabled_employees integer check (disabled_employees >= 0 and disabled_employees <= total_staff),
    authorised_posts integer check (authorised_posts between 0 and 1000000),
    posts_contact varchar(100),
    posts_status varchar(10) not null default 'NONE' check (posts_status in ('NONE', 'PENDING', 'APPROVED', 'REFUSED')),
    saved_at timestamp with time zone not null,
    submitted_at timestamp with time zone,
    submitted_by bigint,
    posts_decided_at timestamp with time zone,
    posts_decided_by bigint,
    version integer not null default 0,
    unique (unit_id, year, revision),
    check (status = 'DRAFT' or (total_staff is not null and disabled_employees is not null and submitted_at is not null))
);
create unique index quota_report_one_draft on quota_report (unit_id, year) where status = 'DRAFT';
create unique index quota_report_one_current on quota_report (unit_id, year) where status = 'SUBMITTED';
create index quota_report_by_year on quota_report (year) where status = 'SUBMITTED';

create table quota_reserved_post (
    report_id bigint not null references quota_report (id) on delete cascade,
    position integer not null,
    title varchar(100) not null,
    places integer not null check (places between 1 and 999),
    county varchar(20) not null,
    requirements varchar(1000) not null,
    primary key (report_id, position)
);

-- A submitted report is the record the 公示 shows: its figures and posts never change (a correction is a new revision).
create function quota_report_submitted_is_final() returns trigger language plpgsql as $$
begin
    if old.status <> 'DRAFT' and (new.total_staff is distinct from old.total_staff
            or new.disabled_employees is distinct from old.disabled_employees
            or new.authorised_posts is distinct from old.authorised_posts
            or new.posts_contact is distinct from old.posts_contact
            or new.year <> old.year or new.unit_id <> old.unit_id or new.revision <> old.revision) then
        raise exception 'quota_report %: a submitted report is final; start a new revision', old.id;
    end if;
    return new;
end $$;
create trigger quota_report_submitted_is_final before update on quota_report
    for each row execute function quota_report_submitted_is_final();
