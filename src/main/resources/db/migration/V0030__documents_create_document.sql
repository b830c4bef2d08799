-- Uploaded documents (certificate photos, business plans). Only facts about each file live here; its bytes are a
-- file named by the id in portal.documents.directory, never under the name the person gave it.
create table documents_document (
    id               uuid         primary key,
    -- The account that uploaded it (accounts_account.id). No foreign key: capabilities do not share tables.
    owner_account_id bigint       not null,
    media_type       varchar(30)  not null check (media_type in ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes       bigint       not null check (size_bytes between 1 and 10485760),
    sha256           char(64)     not null,
    -- The person's own file name without path parts or control characters; shown only to who may see the file.
    display_name     varchar(100) not null,
    created_at       timestamptz  not null,
    -- Set when the owner deletes it; the file itself is removed at that moment.
    deleted_at       timestamptz,
    version          integer      not null default 0
);

create index documents_document_owner on documents_document (owner_account_id, created_at desc);
