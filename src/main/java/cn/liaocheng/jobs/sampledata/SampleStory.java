package cn.liaocheng.jobs.sampledata;

import cn.liaocheng.jobs.recommendations.Findings;
import cn.liaocheng.jobs.profile.Education;
import cn.liaocheng.jobs.profile.Household;
import cn.liaocheng.jobs.review.EmploymentKind;
import cn.liaocheng.jobs.review.RejectionReason;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.DisabilityCategory;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One sample applicant and what became of their application.
 *
 * @param born the birth date in their (generated, valid) resident ID number
 */
record SampleStory(String phone, String name, County county, String township, LocalDate born,
        DisabilityCategory category, int grade, Household household, Education education, String offerSlug,
        Ending ending) {

    /** How far staff (and the bank) took the application. */
    sealed interface Ending {
    }

    /** 已提交: nobody has looked at it yet. */
    record Submitted() implements Ending {
    }

    /** 审核中, taken by the county's caseworker (由我处理). */
    record InReview() implements Ending {
    }

    /** 需补充材料, with what is missing. */
    record MoreInformationNeeded(String message) implements Ending {
    }

    /** 已通过; for an ABC referral this puts it into the bank's queue. */
    record Approved() implements Ending {
    }

    /** 不通过, with a reason and the caseworker's words. */
    record Rejected(RejectionReason reason, @Nullable String explanation) implements Ending {
    }

    /** 已完成 after a course. */
    record Trained(@Nullable String certificate) implements Ending {
    }

    /** 已完成 with a job, post, place or business, starting on the day it is recorded. */
    record Employed(String employer, EmploymentKind kind) implements Ending {
    }

    /** A 职业能力评估 that staff completed (已完成) with what it found, so that 为您推荐 lists offers. */
    record Assessed(Findings findings) implements Ending {
    }

    /** An ABC referral the bank paid out (已放款), then 已完成 with the loan. */
    record LoanDisbursed(long yuan) implements Ending {
    }
}
