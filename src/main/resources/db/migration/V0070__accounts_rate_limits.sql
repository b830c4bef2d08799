-- Token buckets for the sign-in and code limits (Bucket4j's PostgreSQL layout). One row per bucket: the id is the
-- limit's name and a keyed hash of what it counts (a phone number, a client address), never the number or address
-- itself. expires_at (epoch milliseconds) is when the bucket would be full again, plus a margin; a job deletes
-- rows past it.
create table accounts_rate_limit (
    id         varchar(200) primary key,
    state      bytea,
    expires_at bigint
);

create index accounts_rate_limit_expiry on accounts_rate_limit (expires_at);

-- Failed sign-ins are counted in those buckets now, per number and client address, instead of per account here.
alter table accounts_account drop column failed_sign_ins;
alter table accounts_account drop column next_sign_in_at;
