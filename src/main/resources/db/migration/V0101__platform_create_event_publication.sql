-- Spring Modulith's event publication registry (docs/decisions/0012): each event for an @ApplicationModuleListener is
-- written here in the transaction that publishes it, marked completed when the listener succeeds, and resubmitted by
-- platform.EventPublicationHousekeeping when it failed. Shared by every capability, so not named after one; the name
-- and columns are Modulith's (schema v2 of spring-modulith-events-jdbc 2.1), and Flyway, not Modulith, creates them
-- (spring.modulith.events.jdbc.schema-initialization.enabled=false). Events written here carry ids, never texts.
create table event_publication (
    id                     uuid                     not null primary key,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);

create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
