-- What a 职业能力评估 found, as staff tick it at 办结 (issue 13, decision 0031), so that 为您推荐 can match offers to it
-- with reasons. Lists are comma-separated codes of the Java enums (Ability, SupportNeed, Direction). Support needs are
-- health-related: the rows go when the person's profile is deleted.
create table recommendations_assessment (
    application_id  bigint primary key,
    person_id       bigint not null,
    county          text not null,
    abilities       text not null,
    interests       text not null,
    support_needed  text not null,
    directions      text not null,
    recorded_by     bigint not null,
    recorded_at     timestamptz not null
);

create index recommendations_assessment_person on recommendations_assessment (person_id, recorded_at desc);
