-- One row per person who can sign in: applicants (residents and family members) and Federation staff.
-- The phone number is the sign-in name; the password is stored only as a salted, slow hash with its algorithm id.
create table accounts_account (
    id              bigint generated always as identity primary key,
    phone_number    varchar(11)  not null unique,
    password_hash   varchar(500) not null,
    display_name    varchar(50)  not null,
    role            varchar(20)  not null check (role in ('APPLICANT', 'STAFF', 'ADMIN')),
    -- Failed sign-ins since the last successful one; drives the slow-down and the temporary lock.
    failed_sign_ins integer      not null default 0,
    next_sign_in_at timestamptz,
    created_at      timestamptz  not null,
    version         integer      not null default 0
);

-- One-time codes sent by SMS or voice call (sign-up, password reset, a person consenting to a helper).
-- Only a keyed hash of the code is kept, so a database dump does not reveal live codes.
create table accounts_verification_code (
    id           bigint generated always as identity primary key,
    phone_number varchar(11) not null,
    purpose      varchar(30) not null,
    code_hash    varchar(100) not null,
    created_at   timestamptz not null,
    expires_at   timestamptz not null,
    attempts     integer     not null default 0,
    used_at      timestamptz
);

create index accounts_verification_code_lookup on accounts_verification_code (phone_number, purpose, created_at desc);
