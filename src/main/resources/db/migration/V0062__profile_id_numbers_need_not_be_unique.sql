-- An ID number may now appear on two records. Refusing a second one told any signed-in account whether someone with
-- that number has a profile here (and so has a disability), and let whoever typed a number first lock its owner out.
-- Staff see and resolve records that share a number when they review; the blind index stays for that lookup.
alter table profile_person drop constraint profile_person_resident_id_index_key;
create index profile_person_resident_id_index on profile_person (resident_id_index);
