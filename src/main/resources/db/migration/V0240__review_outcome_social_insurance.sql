-- The national real-name system (全国残疾人就业和职业培训信息管理系统) asks of every employed person whether they are
-- covered by social insurance (参加社会保险). Outcomes recorded before this column stay null: exported as blank, not as 否.
alter table review_outcome
    add column social_insurance varchar(10) check (social_insurance in ('YES', 'NO', 'UNKNOWN'));
