-- The first easy-read texts, written from the plan's words (聊政办发〔2023〕6号): one per kind of offer and one per
-- action area, in both languages. Staff edit them at /staff/easy-read; this migration only starts them off.

insert into easyread_text (topic, heading_zh, heading_en, lines_zh, lines_en, words_zh, words_en) values
('COURSE', '培训课程：易读版', 'Training courses: easy read',
'book|培训课程教您学一门手艺。
check|学会了，找工作更容易。
money|很多课程不收钱。
money|符合条件的，还有生活费补贴。
place|每个县都有残疾人培训基地。
card|报名时带上残疾人证。
phone|不会报名？打电话问县残联。',
'book|A training course teaches you a skill.
check|With the skill, finding a job is easier.
money|Many courses are free.
money|If you qualify, you also get money to live on.
place|Every county has a training base for disabled people.
card|Bring your disability certificate when you sign up.
phone|Not sure how? Call your county''s disabled persons'' federation.',
'残疾人证|证明您有残疾的证件，由残联发。上面写着残疾类别和等级。
培训补贴|政府帮您付的培训费或生活费。',
'disability certificate|A card from the disabled persons'' federation that shows your kind and grade of disability.
training allowance|Money from the government for the course or for living costs while you learn.'),

('INCUBATION', '创业孵化：易读版', 'Start-up incubation: easy read',
'building|孵化基地是给创业的人用的地方。
work|您想自己开店或办小公司，可以来这里。
money|场地租金少收或不收。
help|有人教您怎么做生意。
card|申请时带上残疾人证和创业计划。
phone|有问题，打电话问基地。',
'building|An incubation base is a place for people who start a business.
work|If you want to open a shop or a small company, you can come here.
money|The rent is low or free.
help|Someone shows you how to run a business.
card|Bring your disability certificate and your business plan.
phone|Questions? Call the base.',
'创业孵化|帮刚开始创业的人站稳脚跟：给场地、教方法。
创业计划|写下您想做什么生意、要花多少钱、怎样赚钱。',
'start-up incubation|Help for a new business to get going: a place to work and advice.
business plan|A few pages on what business you want, what it costs and how it earns money.'),

('LOAN', '贷款：易读版', 'Loans: easy read',
'money|想做生意但钱不够，可以申请贷款。
help|残联推荐，银行办贷款。
check|创业担保贷款利息少，有人担保。
person|残疾人和家里人都可以申请。
card|要带残疾人证、身份证和创业计划。
calendar|贷款要按时还。
phone|不懂的地方，问县残联或银行。',
'money|If you want to start a business but lack money, you can ask for a loan.
help|The federation recommends you, the bank gives the loan.
check|A business start-up guaranteed loan has low interest and a guarantor.
person|Disabled people and their families can apply.
card|Bring your disability certificate, ID card and business plan.
calendar|A loan must be paid back on time.
phone|Anything unclear? Ask your county federation or the bank.',
'创业担保贷款|给创业的人的贷款，政府帮忙担保，还帮着付一部分利息。
利息|借钱要多还的那部分钱。
残疾人证|证明您有残疾的证件，由残联发。',
'business start-up guaranteed loan|A loan for a new business; the government guarantees it and pays part of the interest.
interest|The extra money you pay back on top of what you borrowed.
disability certificate|A card from the disabled persons'' federation that shows your disability.'),

('PROGRAMME', '就业项目：易读版', 'Job programmes: easy read',
'work|就业项目帮您找到工作。
building|有的单位专门留了岗位给残疾人。
help|如康家园有人陪着您一起工作。
place|还有村里、社区里的公益性岗位。
money|就业困难的，有社会保险补贴。
phone|想报名？打电话问县残联。',
'work|A job programme helps you find work.
building|Some employers keep posts for disabled people.
help|In a Rukang home, someone works beside you.
place|There are also public-service posts in villages and communities.
money|If finding work is hard for you, you get help with social insurance.
phone|Want to join? Call your county federation.',
'公益性岗位|政府出钱设的岗位，比如打扫村里的卫生、看护公共场所。
辅助性就业|有人帮着、时间灵活的工作，适合重度残疾人。',
'public-service post|A job paid by the government, such as cleaning the village or looking after a public place.
supported employment|Work with help and flexible hours, for people with severe disabilities.'),

('area-1', '机关单位招残疾人：易读版', 'Government offices employ disabled people: easy read',
'building|政府机关和事业单位要招残疾人。
person|大一点的单位，至少招1名残疾人。
check|考试时给您方便，比如大字试卷。
check|年龄、户口、学历的要求可以放宽。
help|牵头单位：组织部、人社局、残联。',
'building|Government offices and public institutions must employ disabled people.
person|A larger office employs at least one disabled person.
check|Exams are made easier to take, for example with large print.
check|Rules on age, household and education can be relaxed.
help|Lead departments: Organisation Dept., HR and Social Security Bureau, Disabled Persons'' Federation.',
'牵头单位|主要负责这件事的部门，有问题可以找它。
事业单位|政府办的学校、医院等单位。',
'lead department|The office mainly in charge; you can ask it.
public institution|A school, hospital or similar body run by the government.'),

('area-2', '国有企业招残疾人：易读版', 'State-owned enterprises employ disabled people: easy read',
'building|国有企业要按比例招残疾人。
work|有的企业专门留岗位给残疾人。
place|新的邮政报刊亭，先给残疾人。
check|开彩票店、烟草店，残疾人优先。
help|牵头单位：国资委、财政局等。',
'building|State-owned enterprises must employ their share of disabled people.
work|Some enterprises keep posts only for disabled people.
place|New postal news kiosks go to disabled people first.
check|For a lottery or tobacco shop licence, disabled people come first.
help|Lead departments: the State Assets Commission, the Finance Bureau and others.',
'按比例就业|单位的职工里，残疾人要占到一定比例，山东是1.5%。
牵头单位|主要负责这件事的部门，有问题可以找它。',
'quota employment|A set share of an employer''s staff must be disabled people; in Shandong it is 1.5%.
lead department|The office mainly in charge; you can ask it.'),

('area-3', '民营企业招残疾人：易读版', 'Private companies employ disabled people: easy read',
'work|民营企业招聘月有适合您的岗位。
building|私人公司也招残疾人。
help|自己创业，有免费培训。
phone|想找工作，问县残联。
help|牵头单位：残联、工信局。',
'work|The private enterprise recruitment month has jobs for you.
building|Private companies employ disabled people too.
help|If you start your own business, training is free.
phone|Looking for work? Ask your county federation.
help|Lead departments: Disabled Persons'' Federation, Industry and IT Bureau.',
'民营企业|不是政府办的公司，比如私人工厂、商店。
牵头单位|主要负责这件事的部门，有问题可以找它。',
'private enterprise|A company not run by the government, such as a private factory or shop.
lead department|The office mainly in charge; you can ask it.'),

('area-4', '残疾人组织帮就业：易读版', 'Disabled people''s organisations help with work: easy read',
'hand|手工活也能赚钱，比如做手工艺品。
building|美丽工坊等项目带大家一起干。
help|残疾人协会会帮您。
phone|想参加，问县残联。
help|牵头单位：市残联。',
'hand|Handicrafts can earn money too.
building|Projects such as 美丽工坊 let people work together.
help|Associations of disabled people help you.
phone|Want to join? Ask your county federation.
help|Lead department: City Disabled Persons'' Federation.',
'残联|残疾人联合会，为残疾人服务的组织，每个县都有。
牵头单位|主要负责这件事的部门，有问题可以找它。',
'federation|The disabled persons'' federation, which serves disabled people; every county has one.
lead department|The office mainly in charge; you can ask it.'),

('area-5', '找工作难的帮扶：易读版', 'Help if finding work is hard: easy read',
'help|找工作难，也有办法。
building|如康家园有人陪着您工作。
place|村里、社区有公益性岗位。
money|去企业上班，有社会保险补贴。
help|牵头单位：残联、人社局。',
'help|Finding work is hard, but there is help.
building|In a Rukang home, someone works beside you.
place|Villages and communities have public-service posts.
money|Working for a company, you get help with social insurance.
help|Lead departments: Disabled Persons'' Federation, HR and Social Security Bureau.',
'如康家园|给残疾人的日间场所，可以做简单的工作，也有照顾。
社会保险补贴|政府帮您付一部分养老、医疗等保险的钱。',
'Rukang home|A day centre for disabled people with simple paid work and care.
social insurance subsidy|The government pays part of your pension and health insurance.'),

('area-6', '农村残疾人的帮扶：易读版', 'Help for disabled people in the countryside: easy read',
'leaf|住在农村，也能学本事、挣钱。
book|有种地、养殖的实用技术培训。
money|想养殖、开网店，可以申请贷款。
help|有人教技术，帮您卖农产品。
person|家里人也可以一起参加。
help|牵头单位：残联、农业农村局。',
'leaf|In the countryside you can learn skills and earn money too.
book|There is practical training in farming and animal raising.
money|For animal raising or an online shop, you can ask for a loan.
help|Someone teaches you and helps you sell your produce.
person|Your family can take part too.
help|Lead departments: Disabled Persons'' Federation, Agriculture and Rural Affairs Bureau.',
'实用技术培训|教种地、养殖、加工等马上能用的本事。
牵头单位|主要负责这件事的部门，有问题可以找它。',
'practical skills training|Lessons in farming, animal raising or processing that you can use at once.
lead department|The office mainly in charge; you can ask it.'),

('area-7', '残疾人大学生找工作：易读版', 'Jobs for disabled university students: easy read',
'school|您是残疾人大学生吗？
person|学校为您做一份就业计划。
work|有专门的招聘会，给您推荐岗位。
help|毕业了还没工作，也有人帮您。
help|牵头单位：残联、人社局。',
'school|Are you a disabled university student?
person|Your university makes a job plan for you.
work|There are job fairs and job suggestions just for you.
help|No job after graduating? You still get help.
help|Lead departments: Disabled Persons'' Federation, HR and Social Security Bureau.',
'一人一策|为每个人单独定的计划。
牵头单位|主要负责这件事的部门，有问题可以找它。',
'one person, one plan|A plan made for each person alone.
lead department|The office mainly in charge; you can ask it.'),

('area-8', '盲人按摩：易读版', 'Massage work for blind people: easy read',
'hand|盲人可以学按摩、做按摩。
building|可以去医院、社区医院工作。
building|也可以自己开按摩店。
money|符合条件的按摩店有奖励。
school|还能上学拿学历。
help|牵头单位：残联、卫健委等。',
'hand|Blind people can learn and work in massage.
building|You can work in a hospital or community clinic.
building|You can also open your own massage shop.
money|Massage shops that qualify get a grant.
school|You can study for a degree too.
help|Lead departments: Disabled Persons'' Federation, Health Commission and others.',
'医疗按摩|在医院里做的、能治病的按摩，要有资格证。
牵头单位|主要负责这件事的部门，有问题可以找它。',
'medical massage|Massage as treatment in a clinic; it needs a licence.
lead department|The office mainly in charge; you can ask it.'),

('area-9', '就业服务：易读版', 'Employment services: easy read',
'building|就业服务中心有残疾人绿色通道。
person|有人帮您看适合做什么工作。
help|就业辅导员陪您找工作。
building|想创业，有孵化基地。
money|有创业担保贷款。
help|牵头单位：残联、人社局。',
'building|The employment office has a fast lane for disabled people.
person|Someone helps you find out what work suits you.
help|A job coach helps you look for work.
building|Starting a business? There are incubation bases.
money|There are business start-up guaranteed loans.
help|Lead departments: Disabled Persons'' Federation, HR and Social Security Bureau.',
'绿色通道|专门为您开的快速窗口，不用久等。
职业能力评估|看看您能做什么、喜欢做什么，再推荐培训和工作。',
'fast lane|A counter just for you, without a long wait.
work ability assessment|Finding out what you can do and like, then suggesting training and work.'),

('area-10', '学技能：易读版', 'Learning job skills: easy read',
'person|先看看您能做什么。
book|再选适合您的培训课程。
place|每个县都有培训基地。
money|符合条件的，培训不要钱，还有生活费。
school|职业学校也招残疾人学生。
help|牵头单位：残联、人社局、教体局。',
'person|First, find out what you can do.
book|Then choose a course that suits you.
place|Every county has a training base.
money|If you qualify, training is free and you get money to live on.
school|Vocational schools take disabled students too.
help|Lead departments: Disabled Persons'' Federation, HR and Social Security Bureau, Education Bureau.',
'职业能力评估|看看您能做什么、喜欢做什么，再推荐培训和工作。
培训基地|专门给残疾人上课、练手艺的地方。',
'work ability assessment|Finding out what you can do and like, then suggesting training and work.
training base|A place where disabled people take courses and practise skills.'),

('area-11', '银行帮残疾人：易读版', 'Banks help disabled people: easy read',
'money|农业银行给残疾人贷款。
help|残联先推荐，银行再办贷款。
person|残疾人、家里人都可以申请。
check|银行帮您选合适的贷款。
phone|想贷款，问县残联。
help|牵头单位：农业银行聊城分行、残联。',
'money|The Agricultural Bank lends to disabled people.
help|The federation recommends you first, then the bank gives the loan.
person|Disabled people and their families can apply.
check|The bank helps you choose a suitable loan.
phone|Want a loan? Ask your county federation.
help|Lead departments: Agricultural Bank of China Liaocheng Branch, Disabled Persons'' Federation.',
'贷款|从银行借钱，以后按时还上，还要付利息。
牵头单位|主要负责这件事的部门，有问题可以找它。',
'loan|Money borrowed from a bank, paid back on time with interest.
lead department|The office mainly in charge; you can ask it.');
