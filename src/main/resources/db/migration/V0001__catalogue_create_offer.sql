-- The catalogue of what the 2023 action plan offers disabled people: training courses, incubation
-- space, loans and job programmes. One table for all four kinds, because people search them together;
-- columns that only one kind uses are nullable. Text comes in Chinese (required) and English.
create table catalogue_offer (
    id                      bigint generated always as identity primary key,
    version                 integer      not null default 0,
    slug                    varchar(80)  not null unique check (slug ~ '^[a-z0-9][a-z0-9-]*$'),
    kind                    varchar(20)  not null check (kind in ('COURSE', 'INCUBATION', 'LOAN', 'PROGRAMME')),
    subtype                 varchar(30)  not null,
    county                  varchar(20)  not null,
    township_zh             varchar(100),
    township_en             varchar(100),
    plan_measure            varchar(20)  not null,
    title_zh                varchar(200) not null,
    title_en                varchar(200),
    summary_zh              text         not null,
    summary_en              text,
    details_zh              text         not null,
    details_en              text,
    provider_zh             varchar(200) not null,
    provider_en             varchar(200),
    venue_zh                varchar(300),
    venue_en                varchar(300),
    lead_department_zh      varchar(300) not null,
    lead_department_en      varchar(400),
    contact_name_zh         varchar(200) not null,
    contact_name_en         varchar(200),
    contact_phone           varchar(30)  not null,
    how_to_apply_zh         text         not null,
    how_to_apply_en         text,
    eligibility_zh          text         not null,
    eligibility_en          text,
    cost_zh                 varchar(300),
    cost_en                 varchar(300),
    subsidy_zh              text,
    subsidy_en              text,
    documents_zh            text,
    documents_en            text,
    terms_zh                text,
    terms_en                text,
    rate_zh                 text,
    rate_en                 text,
    amount_min_yuan         integer check (amount_min_yuan >= 0),
    amount_max_yuan         integer check (amount_max_yuan >= amount_min_yuan),
    space_sqm               integer check (space_sqm > 0),
    seats_total             integer check (seats_total >= 0),
    seats_left              integer check (seats_left >= 0 and seats_left <= seats_total),
    starts_on               date,
    ends_on                 date check (ends_on >= starts_on),
    applications_open_from  date,
    applications_close_on   date check (applications_close_on >= applications_open_from),
    suits_rural             boolean      not null default false,
    suits_graduates         boolean      not null default false,
    sample                  boolean      not null default false
);

create table catalogue_offer_suitability (
    offer_id bigint      not null references catalogue_offer (id) on delete cascade,
    category varchar(20) not null check (category in
        ('VISUAL', 'HEARING', 'SPEECH', 'PHYSICAL', 'INTELLECTUAL', 'PSYCHOSOCIAL', 'MULTIPLE')),
    primary key (offer_id, category)
);

create table catalogue_offer_accessibility (
    offer_id bigint      not null references catalogue_offer (id) on delete cascade,
    feature  varchar(30) not null,
    primary key (offer_id, feature)
);

-- The filters people use most; the keyword is matched against title, summary and provider.
create index catalogue_offer_kind_county on catalogue_offer (kind, county);
create index catalogue_offer_application_window on catalogue_offer (applications_open_from, applications_close_on);
