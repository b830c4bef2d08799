-- When a person asks for their disability and health data to be deleted, submitted applications stay as the legal
-- record of what was decided; this marks when the request came, so that the person and, later, staff see it.
alter table applications_application add column sensitive_data_deleted_at timestamp with time zone;
