-- When a person deletes their account, their drafts go, but applications they sent stay as the federation's record
-- of what was asked and decided (decision 0005): they get the time of the deletion and, since the profile they pointed
-- to is gone, the applicant's name as it was then. They are deleted at the end of the fifth year after the year they
-- were last changed (ApplicationRetention).
alter table applications_application
    add column person_deleted_at timestamp with time zone,
    add column applicant_name    varchar(50),
    add constraint applications_application_kept_record check (
        person_deleted_at is null or (status <> 'DRAFT' and applicant_name is not null));

create index applications_application_person_deleted on applications_application (person_deleted_at)
    where person_deleted_at is not null;
