package cn.liaocheng.jobs.sampledata;

import static cn.liaocheng.jobs.profile.Education.JUNIOR_COLLEGE;
import static cn.liaocheng.jobs.profile.Education.JUNIOR_SECONDARY;
import static cn.liaocheng.jobs.profile.Education.PRIMARY_OR_NONE;
import static cn.liaocheng.jobs.profile.Education.SENIOR_SECONDARY;
import static cn.liaocheng.jobs.profile.Household.RURAL;
import static cn.liaocheng.jobs.profile.Household.URBAN;
import static cn.liaocheng.jobs.shared.DisabilityCategory.HEARING;
import static cn.liaocheng.jobs.shared.DisabilityCategory.INTELLECTUAL;
import static cn.liaocheng.jobs.shared.DisabilityCategory.PHYSICAL;
import static cn.liaocheng.jobs.shared.DisabilityCategory.VISUAL;

import cn.liaocheng.jobs.profile.SupportNeed;
import cn.liaocheng.jobs.recommendations.Ability;
import cn.liaocheng.jobs.recommendations.Direction;
import cn.liaocheng.jobs.recommendations.Findings;
import cn.liaocheng.jobs.review.EmploymentKind;
import cn.liaocheng.jobs.review.RejectionReason;
import cn.liaocheng.jobs.sampledata.SampleStory.Approved;
import cn.liaocheng.jobs.sampledata.SampleStory.Assessed;
import cn.liaocheng.jobs.sampledata.SampleStory.Employed;
import cn.liaocheng.jobs.sampledata.SampleStory.InReview;
import cn.liaocheng.jobs.sampledata.SampleStory.LoanDisbursed;
import cn.liaocheng.jobs.sampledata.SampleStory.MoreInformationNeeded;
import cn.liaocheng.jobs.sampledata.SampleStory.Rejected;
import cn.liaocheng.jobs.sampledata.SampleStory.Submitted;
import cn.liaocheng.jobs.sampledata.SampleStory.Trained;
import cn.liaocheng.jobs.shared.County;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The sample applicants, listed in the README: phones 13800000101 to 13800000113, in 莘县, 东阿县, 东昌府区 and 临清市,
 * with every kind of offer and every state a queue shows. The offers are the sample catalogue's open ones.
 */
final class SampleStories {

    private SampleStories() {
    }

    static final List<SampleStory> ALL = List.of(
            new SampleStory("13800000101", "刘秀英", County.SHENXIAN, "燕店镇", LocalDate.of(1979, 3, 14), PHYSICAL, 3,
                    RURAL, JUNIOR_SECONDARY, "shenxian-greenhouse-vegetables", new Submitted()),
            new SampleStory("13800000102", "陈志强", County.SHENXIAN, "王奉镇", LocalDate.of(1986, 7, 2), HEARING, 2,
                    RURAL, JUNIOR_SECONDARY, "shenxian-employment-support-workshop", new InReview()),
            new SampleStory("13800000103", "孙桂兰", County.SHENXIAN, "朝城镇", LocalDate.of(1975, 11, 23), PHYSICAL, 4,
                    RURAL, PRIMARY_OR_NONE, "shenxian-abc-greenhouse-loan", new Approved()),
            new SampleStory("13800000104", "赵磊", County.SHENXIAN, "莘亭街道", LocalDate.of(1995, 5, 9), VISUAL, 2,
                    URBAN, SENIOR_SECONDARY, "online-shop-opening-course",
                    new MoreInformationNeeded("请补充上传残疾人证内页（有照片和残疾等级的一页）的照片")),
            new SampleStory("13800000105", "王凤霞", County.DONGE, "铜城街道", LocalDate.of(1990, 1, 30), PHYSICAL, 4,
                    URBAN, SENIOR_SECONDARY, "donge-livestream-selling", new Trained("直播销售员（初级）培训合格证")),
            new SampleStory("13800000106", "李建华", County.DONGE, "刘集镇", LocalDate.of(1982, 9, 17), PHYSICAL, 3,
                    RURAL, JUNIOR_SECONDARY, "citywide-abc-referral-loan", new LoanDisbursed(50_000)),
            new SampleStory("13800000107", "张海燕", County.DONGE, "鱼山镇", LocalDate.of(1969, 4, 5), VISUAL, 3,
                    RURAL, PRIMARY_OR_NONE, "donge-guaranteed-startup-loan",
                    new Rejected(RejectionReason.LOAN_CONDITIONS_NOT_MET, "暂无经营项目和场地，建议先参加创业培训后再申请")),
            new SampleStory("13800000108", "马晓东", County.DONGCHANGFU, "古楼街道", LocalDate.of(1998, 12, 1),
                    INTELLECTUAL, 3, URBAN, PRIMARY_OR_NONE, "dongchangfu-rukang-home",
                    new Employed("东昌府区“如康家园”", EmploymentKind.ASSISTED)),
            new SampleStory("13800000109", "周雪", County.DONGCHANGFU, "新区街道", LocalDate.of(2001, 6, 18), HEARING, 3,
                    URBAN, JUNIOR_COLLEGE, "dongchangfu-graduate-public-welfare-posts",
                    new Employed("新区街道社区服务中心", EmploymentKind.PUBLIC_WELFARE_POST)),
            new SampleStory("13800000110", "吴国庆", County.DONGCHANGFU, "柳园街道", LocalDate.of(1988, 10, 1), PHYSICAL,
                    4, URBAN, SENIOR_SECONDARY, "economic-zone-soe-directed-hiring",
                    new Employed("聊城市属国有企业（示例）", EmploymentKind.QUOTA)),
            new SampleStory("13800000111", "郑红梅", County.LINQING, "大辛庄街道", LocalDate.of(1984, 2, 27), PHYSICAL, 2,
                    URBAN, JUNIOR_SECONDARY, "linqing-startup-base-disability-zone",
                    new Employed("红梅手工布艺店（示例）", EmploymentKind.SELF_EMPLOYED)),
            new SampleStory("13800000112", "黄立新", County.LINQING, "先锋街道", LocalDate.of(1977, 8, 8), VISUAL, 1,
                    URBAN, JUNIOR_SECONDARY, "linqing-medical-massage-exam-prep", new Submitted()),
            new SampleStory("13800000113", "杨明", County.SHENXIAN, "燕店镇", LocalDate.of(1992, 4, 21), VISUAL, 2,
                    RURAL, SENIOR_SECONDARY, "citywide-vocational-ability-assessment", new Assessed(new Findings(
                            Set.of(Ability.MASSAGE), Set.of(Ability.COMMUNICATION),
                            Set.of(SupportNeed.BRAILLE_OR_LARGE_PRINT),
                            Set.of(Direction.TRAINING, Direction.SELF_EMPLOYED)))));
}
