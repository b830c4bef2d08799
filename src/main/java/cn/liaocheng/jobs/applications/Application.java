package cn.liaocheng.jobs.applications;

import cn.liaocheng.jobs.applications.FormDefinition.FormKind;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One application for one person and one offer, as stored: a draft until it is submitted, then a record with a
 * reference number whose status staff move on. Other aggregates are referred to by id only.
 *
 * @param version     bumped by every save; a save from an older page fails instead of overwriting newer answers
 * @param createdBy   the account that started the draft: the person themself or a helper
 * @param submittedBy who sent it, kept as it was then, for "由 王芳(女儿) 代为提交"
 * @param sensitiveDataDeletedAt when the person asked for their disability and health data to be deleted after this
 *                     was submitted; the application is kept as the record, with this mark
 */
public record Application(long id, int version, long offerId, String offerSlug, FormKind form, long personId,
        long createdBy, ApplicationStatus status, Answers answers, String currentStep, @Nullable String reference,
        @Nullable Submitter submittedBy, @Nullable Instant submittedAt, Instant createdAt, Instant updatedAt,
        @Nullable Instant sensitiveDataDeletedAt) {

    /**
     * Who pressed 提交.
     *
     * @param relationship the helper's relationship to the person as a {@code profile.Relationship} name; null when
     *                     the person submitted for themself
     */
    public record Submitter(long accountId, String name, @Nullable String relationship) {

        public boolean isHelper() {
            return relationship != null;
        }
    }

    public boolean isDraft() {
        return status.isDraft();
    }

    public boolean isOpenForAnswers() {
        return status.isOpenForAnswers();
    }
}
