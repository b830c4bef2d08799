-- The search across every kind of offer (/offers) gets an easy-read text of its own, topic OFFERS: it says what the
-- four kinds are, so a person who starts there in 易读版 is not left with the full version only. Staff edit it at
-- /staff/easy-read/OFFERS like the others.

alter table easyread_text drop constraint easyread_text_topic_check;
alter table easyread_text add constraint easyread_text_topic_check
    check (topic ~ '^(OFFERS|COURSE|INCUBATION|LOAN|PROGRAMME|area-([1-9]|1[01]))$');

insert into easyread_text (topic, heading_zh, heading_en, lines_zh, lines_en, words_zh, words_en) values
('OFFERS', '所有项目：易读版', 'All offers: easy read',
'help|这里有四种帮助，都是给残疾人的。
school|培训课程：学一门手艺。
building|创业孵化：给您地方开店、办公司。
money|贷款：做生意缺钱，银行借给您。
work|就业岗位与项目：帮您找到工作。
place|可以按县、按残疾类别找。
check|点项目的名字，看详细说明和怎么申请。
phone|不会用？打电话问县残联。',
'help|Here are four kinds of help for disabled people.
school|Training courses: you learn a skill.
building|Start-up incubation: a place to start your shop or company.
money|Loans: the bank lends you money for your business.
work|Jobs and programmes: help to find a job.
place|You can search by county and by kind of disability.
check|Choose an offer''s name to see the details and how to apply.
phone|Not sure how? Call your county''s disabled persons'' federation.',
'项目|您可以申请的一种帮助，比如一门课程或一笔贷款。
残联|残疾人联合会，帮助残疾人的组织。每个县都有。',
'offer|One kind of help you can apply for, such as a course or a loan.
disabled persons'' federation|The organisation that helps disabled people. Every county has one.');
