-- City administrators now correct the action areas' summaries and lead departments in the portal (decision 0032);
-- the version is compared on save, as for the easy-read texts, so that one editor cannot overwrite another unseen.

alter table easyread_plan_area add column version integer not null default 0;
alter table easyread_plan_area add column updated_at timestamp with time zone;
