-- Staff record consent given in person (代办, decision 0004) with the day it was given and where: the township or
-- county federation's office. consent_at stays the moment it was recorded.
alter table profile_helper
    add column confirmed_on    date,
    add column confirmed_place varchar(60);

-- No screen recorded an in-person consent before this one; should a row exist, its day is the day it was recorded.
update profile_helper
set confirmed_on    = (consent_at at time zone 'Asia/Shanghai')::date,
    confirmed_place = '未记录'
where consent = 'CONFIRMED_IN_PERSON';

alter table profile_helper
    add constraint profile_helper_in_person_has_day_and_place check (
        (consent = 'CONFIRMED_IN_PERSON') = (confirmed_on is not null and confirmed_place is not null)),
    add constraint profile_helper_in_person_by_staff check (consent <> 'CONFIRMED_IN_PERSON' or confirmed_by is not null);
