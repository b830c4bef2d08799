-- The Agricultural Bank's queue: a copy of only what the bank needs of an approved referral (no disability details),
-- so that a loan officer never reads the applications tables; and every step for the DPF's and the person's view.
create table bankreferrals_referral (
    id               bigint generated always as identity primary key,
    version          integer      not null default 0,
    application_id   bigint       not null unique,
    person_id        bigint       not null,
    reference        varchar(20)  not null,
    name             varchar(100) not null,
    phone            varchar(11),
    county           varchar(30)  not null,
    township         varchar(100),
    amount_asked     bigint       not null check (amount_asked > 0),
    purpose          varchar(30)  not null,
    purpose_detail   text,
    borrower         varchar(30)  not null,
    status           varchar(20)  not null default 'REFERRED'
        check (status in ('REFERRED', 'ACCEPTED', 'DISBURSED', 'DECLINED')),
    referred_at      timestamp with time zone not null,
    disbursed_yuan   bigint check (disbursed_yuan > 0),
    disbursed_on     date,
    decline_reason   text,
    check ((status = 'DISBURSED') = (disbursed_yuan is not null and disbursed_on is not null)),
    check ((status = 'DECLINED') = (decline_reason is not null))
);

create index bankreferrals_referral_status on bankreferrals_referral (status, referred_at);

create table bankreferrals_step (
    id            bigint generated always as identity primary key,
    referral_id   bigint      not null references bankreferrals_referral (id) on delete cascade,
    status        varchar(20) not null,
    amount_yuan   bigint,
    step_on       date,
    reason        text,
    recorded_by   bigint,
    recorded_at   timestamp with time zone not null
);

create index bankreferrals_step_referral on bankreferrals_step (referral_id, recorded_at);
