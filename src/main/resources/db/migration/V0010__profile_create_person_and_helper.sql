-- The person an application is for, asked once and reused by every form; and who may apply on their behalf (代办).
-- ID and certificate numbers are stored only encrypted (SensitiveDataCipher); the keyed blind index answers
-- "is this ID number already registered?" without decrypting anything.
create table profile_person (
    id                     bigint generated always as identity primary key,
    -- The person's own account, once they have one (set when they fill 我的资料 or register with this phone).
    own_account_id         bigint       unique references accounts_account (id),
    name                   varchar(50)  not null,
    -- The mobile number codes go to; nullable: someone helped by a relative may have no phone of their own.
    phone_number           varchar(11),
    resident_id_encrypted  text,
    resident_id_index      varchar(64)  unique,
    certificate_encrypted  text,
    -- Derived from the certificate number, never asked separately.
    category               varchar(20)  check (category in
        ('VISUAL', 'HEARING', 'SPEECH', 'PHYSICAL', 'INTELLECTUAL', 'PSYCHOSOCIAL', 'MULTIPLE')),
    grade                  integer      check (grade between 1 and 4),
    county                 varchar(20),
    township               varchar(100),
    household              varchar(10)  check (household in ('RURAL', 'URBAN')),
    education              varchar(30),
    graduation_year        integer      check (graduation_year between 1950 and 2100),
    contact_preference     varchar(20)  not null default 'SMS'
        check (contact_preference in ('SMS', 'PHONE_CALL', 'IN_PERSON')),
    -- Comma-separated SupportNeed names; health-related, so removed with the other sensitive data.
    support_needs          varchar(200) not null default '',
    -- The separate, explicit consent for disability and health data; without it no ID, certificate,
    -- category, grade or support need is stored.
    sensitive_consent_at   timestamptz,
    sensitive_consent_by   bigint       references accounts_account (id),
    created_by             bigint       not null references accounts_account (id),
    created_at             timestamptz  not null,
    updated_at             timestamptz  not null,
    version                integer      not null default 0,
    check (resident_id_encrypted is null or sensitive_consent_at is not null),
    check (certificate_encrypted is null or sensitive_consent_at is not null),
    check ((resident_id_encrypted is null) = (resident_id_index is null))
);

create index profile_person_phone on profile_person (phone_number);

-- One row per helper and person. Withdrawn rows stay as the record of who could act when; a helper may be
-- added again later, which starts a new row with a new consent.
create table profile_helper (
    id                bigint generated always as identity primary key,
    helper_account_id bigint      not null references accounts_account (id),
    person_id         bigint      not null references profile_person (id),
    -- The name as the helper typed it; shown to them instead of the stored name until the person consents.
    person_name       varchar(50) not null,
    relationship      varchar(20) not null check (relationship in
        ('SPOUSE', 'DAUGHTER', 'SON', 'PARENT', 'SIBLING', 'OTHER_RELATIVE', 'VILLAGE_WORKER', 'OTHER')),
    consent           varchar(30) not null check (consent in ('AWAITING', 'CONFIRMED_BY_CODE', 'CONFIRMED_IN_PERSON')),
    consent_at        timestamptz,
    -- The staff account that confirmed consent in person at the township, if it was given that way.
    confirmed_by      bigint      references accounts_account (id),
    created_at        timestamptz not null,
    withdrawn_at      timestamptz,
    version           integer     not null default 0,
    check ((consent = 'AWAITING') = (consent_at is null))
);

create unique index profile_helper_active on profile_helper (helper_account_id, person_id) where withdrawn_at is null;
create index profile_helper_person on profile_helper (person_id);
