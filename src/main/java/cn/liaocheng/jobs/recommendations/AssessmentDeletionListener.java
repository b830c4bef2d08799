package cn.liaocheng.jobs.recommendations;

import cn.liaocheng.jobs.profile.ProfileDeleted;
import cn.liaocheng.jobs.profile.SensitiveDataDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The findings hold support needs (health-related): they go in the deleting transaction when the person's profile
 * goes, or when the person has their disability and health data deleted.
 */
@Component
class AssessmentDeletionListener {

    private final AssessmentStore assessments;

    AssessmentDeletionListener(AssessmentStore assessments) {
        this.assessments = assessments;
    }

    @EventListener
    @Transactional
    void on(ProfileDeleted event) {
        if (event.personId() != null) {
            assessments.deleteOf(event.personId());
        }
    }

    @EventListener
    @Transactional
    void on(SensitiveDataDeleted event) {
        assessments.deleteOf(event.personId());
    }
}
