-- Editors now create and change offers: an offer is a draft until published, can be taken off the public pages
-- (unpublished) and closed for good. Offers that exist already were public, so they stay published.
alter table catalogue_offer
    add column status varchar(20) not null default 'PUBLISHED'
        check (status in ('DRAFT', 'PUBLISHED', 'UNPUBLISHED', 'CLOSED'));
alter table catalogue_offer alter column status set default 'DRAFT';

-- The public lists read only published offers; the editors' list filters by status and kind.
create index catalogue_offer_status_kind on catalogue_offer (status, kind);

-- One row per approved application that took a seat of a course: the primary key makes taking a seat idempotent,
-- so an event handled twice never counts twice. No foreign key to the application: that table is another
-- capability's.
create table catalogue_seat (
    application_id bigint      primary key,
    offer_id       bigint      not null references catalogue_offer (id) on delete cascade,
    taken_at       timestamptz not null
);
