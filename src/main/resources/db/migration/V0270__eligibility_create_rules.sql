-- Who may use which programme, as data (issue 13): one row per rule of the 2023 action plan that leads to offers in the
-- catalogue. Each rule cites its article so that staff can check it against the plan; conditions left null do not
-- apply. Lists are comma-separated codes of the Java enums (OfferSubtype, DisabilityCategory, what the person wants).
create table eligibility_rule (
    code                    text primary key,
    article                 text not null,
    title_zh                text not null,
    title_en                text not null,
    lead_department         text not null,
    what_to_bring           text not null,
    subtypes                text not null,
    wants                   text not null,
    household               text check (household in ('RURAL', 'URBAN')),
    counties                text,
    min_age                 int,
    max_age                 int,
    categories              text,
    max_grade               int check (max_grade between 1 and 4),
    graduated_within_years  int,
    position                int not null
);

insert into eligibility_rule (code, article, title_zh, title_en, lead_department, what_to_bring, subtypes, wants,
        household, counties, min_age, max_age, categories, max_grade, graduated_within_years, position) values
('handicraft', '（四）1 “山东手造·产自聊城”', '手造就业创业项目', 'Handicraft work and businesses', '市残联',
    '残疾人证、身份证', 'HANDICRAFT', 'JOB,BUSINESS', null, null, 16, null, null, null, null, 10),
('assisted-employment', '（五）1 “如康家园”辅助性就业', '如康家园辅助性就业', 'Assisted employment (Rukang homes)', '市残联',
    '残疾人证、身份证、户口本', 'ASSISTED_EMPLOYMENT', 'JOB', null, null, 16, 59,
    'INTELLECTUAL,PSYCHOSOCIAL,MULTIPLE', null, null, 20),
('public-welfare-post', '（五）2 “帮富”“帮扶”城乡公益性岗位', '城乡公益性岗位', 'Public-welfare posts', '市人力资源社会保障局',
    '残疾人证、身份证、就业困难人员认定材料', 'PUBLIC_WELFARE_POST', 'JOB', null, null, 16, 60, null, null, null, 30),
('rural-base', '（六）1 农村残疾人就业基地', '农村残疾人就业基地', 'Rural employment bases', '市残联',
    '残疾人证、身份证、户口本', 'RURAL_BASE', 'JOB', 'RURAL', null, 16, null, null, null, null, 40),
('rural-training', '（六）3 农村困难残疾人实用技术培训', '农村实用技术培训', 'Practical farming skills training', '市残联、市农业农村局',
    '残疾人证、身份证、户口本', 'AGRICULTURAL', 'SKILL', 'RURAL', null, 16, null, null, null, null, 50),
('graduate', '（七）2 残疾人高校毕业生就业服务', '残疾人大学生就业帮扶', 'Help for disabled graduates', '市人力资源社会保障局、市残联',
    '残疾人证、身份证、毕业证书', 'GRADUATE', 'JOB', null, null, null, null, null, null, 2, 60),
('massage-clinic', '（八）1、2 盲人医疗按摩就业和开办按摩所', '盲人医疗按摩就业', 'Blind medical massage work', '市残联、市卫生健康委',
    '残疾人证、身份证、盲人医疗按摩人员从业资格证书', 'MASSAGE_CLINIC', 'JOB,BUSINESS', null, null, 16, null, 'VISUAL', null, null, 70),
('massage-training', '（八）4 盲人按摩“学历+技能”培训', '盲人按摩培训', 'Blind massage training', '市教育体育局、市残联、市人力资源社会保障局',
    '残疾人证、身份证', 'MASSAGE', 'SKILL', null, null, 16, null, 'VISUAL', null, null, 80),
('startup-zone', '（九）3 残疾人创业专区和创业园地', '残疾人创业专区', 'Start-up zones for disabled people', '市人力资源社会保障局',
    '残疾人证、身份证、创业计划', 'ZONE', 'BUSINESS', null, null, 18, null, null, null, null, 90),
('guaranteed-loan', '（九）3 创业担保贷款', '创业担保贷款', 'Guaranteed start-up loans', '市人力资源社会保障局',
    '残疾人证、身份证、创业计划书、营业执照（已开业的）', 'GUARANTEED_STARTUP', 'MONEY', null, null, 18, 60, null, null, null, 100),
('vocational-training', '（十）1 残疾人职业技能培训', '职业技能培训和职业能力评估', 'Vocational training and ability assessment',
    '市残联、市人力资源社会保障局', '残疾人证、身份证', 'VOCATIONAL,ONLINE,ASSESSMENT', 'SKILL', null, null, 16, 60, null, null, null, 110),
('abc-referral', '（十一）1、2 “残联推荐，农行办贷”', '农业银行助残贷款推荐', 'Agricultural Bank loans on the federation''s referral',
    '中国农业银行聊城分行、市残联', '残疾人证、身份证、户口本', 'ABC_REFERRAL', 'MONEY', null, null, 18, 65, null, null, null, 120);
