-- The checker's public pages (issue 13): lead departments and what to bring in English too, and one more condition,
-- "has no work now", for the two programmes the plan writes for people without a job: the public-welfare posts of
-- （五）2 (就业困难残疾人) and the graduate help of （七）2 (离校未就业残疾人高校毕业生).
alter table eligibility_rule
    add column lead_department_en text,
    add column what_to_bring_en   text,
    add column not_working        boolean not null default false;

update eligibility_rule set lead_department_en = v.lead, what_to_bring_en = v.bring
from (values
    ('handicraft', 'City Disabled Persons'' Federation', 'disability certificate, ID card'),
    ('assisted-employment', 'City Disabled Persons'' Federation', 'disability certificate, ID card, household register'),
    ('public-welfare-post', 'City Human Resources and Social Security Bureau',
        'disability certificate, ID card, proof of being recognised as having difficulty finding work'),
    ('rural-base', 'City Disabled Persons'' Federation', 'disability certificate, ID card, household register'),
    ('rural-training', 'City Disabled Persons'' Federation, City Agriculture and Rural Affairs Bureau',
        'disability certificate, ID card, household register'),
    ('graduate', 'City Human Resources and Social Security Bureau, City Disabled Persons'' Federation',
        'disability certificate, ID card, graduation certificate'),
    ('massage-clinic', 'City Disabled Persons'' Federation, City Health Commission',
        'disability certificate, ID card, blind medical massage practitioner''s certificate'),
    ('massage-training', 'City Education and Sports Bureau, City Disabled Persons'' Federation, City Human Resources and Social Security Bureau',
        'disability certificate, ID card'),
    ('startup-zone', 'City Human Resources and Social Security Bureau', 'disability certificate, ID card, business plan'),
    ('guaranteed-loan', 'City Human Resources and Social Security Bureau',
        'disability certificate, ID card, business plan, business licence (if already trading)'),
    ('vocational-training', 'City Disabled Persons'' Federation, City Human Resources and Social Security Bureau',
        'disability certificate, ID card'),
    ('abc-referral', 'Agricultural Bank of China Liaocheng Branch, City Disabled Persons'' Federation',
        'disability certificate, ID card, household register')
) as v(code, lead, bring)
where eligibility_rule.code = v.code;

update eligibility_rule set not_working = true where code in ('public-welfare-post', 'graduate');

alter table eligibility_rule
    alter column lead_department_en set not null,
    alter column what_to_bring_en set not null;
