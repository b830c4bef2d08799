-- Until the person consents, a helper sees only what the helper typed: the name, the relationship, the phone the
-- consent code goes to, and any ID or certificate numbers the helper entered. Those numbers count as unconfirmed:
-- they wait on the helper's row (encrypted like the person's own) and reach the person's record only when the person
-- confirms by code or in person to staff. A helper ticking "the person agreed" is not the person agreeing.
alter table profile_helper
    add column person_phone                   varchar(11),
    add column proposed_resident_id_encrypted text,
    add column proposed_certificate_encrypted text;

-- Rows from before this change: the phone the code went to was the person's phone at the time.
update profile_helper h set person_phone = p.phone_number
from profile_person p
where p.id = h.person_id;

-- Numbers a helper entered for a person who has not consented (and has no account of their own) were stored on the
-- person's record as if the person had agreed. Move them back to the helper's request, unconfirmed.
update profile_helper h
set proposed_resident_id_encrypted = p.resident_id_encrypted,
    proposed_certificate_encrypted = p.certificate_encrypted
from profile_person p
where p.id = h.person_id
  and h.consent = 'AWAITING' and h.withdrawn_at is null
  and p.own_account_id is null
  and p.sensitive_consent_by = h.helper_account_id;

update profile_person p
set resident_id_encrypted = null, resident_id_index = null, certificate_encrypted = null,
    category = null, grade = null, support_needs = '',
    sensitive_consent_at = null, sensitive_consent_by = null
where p.own_account_id is null
  and exists (select 1 from profile_helper h
              where h.person_id = p.id and h.consent = 'AWAITING' and h.withdrawn_at is null
                and h.helper_account_id = p.sensitive_consent_by);
