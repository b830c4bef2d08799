package cn.liaocheng.jobs.applications.ui;

import cn.liaocheng.jobs.applications.Answers;
import cn.liaocheng.jobs.applications.FormDefinition;
import cn.liaocheng.jobs.applications.Step;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Which step pages may be opened: any step up to the first one that still needs an answer, so editing the address
 * cannot skip questions, while a person can always go back to change something.
 */
final class ApplyJourney {

    private ApplyJourney() {
    }

    static boolean canVisit(FormDefinition form, Answers answers, String stepId, LocalDate today) {
        var shown = form.shownSteps(answers);
        var firstIncomplete = form.firstIncompleteStep(answers, today);
        int wanted = indexOf(form, answers, stepId);
        if (wanted < 0) {
            return false;
        }
        return firstIncomplete.isEmpty() || wanted <= shown.indexOf(firstIncomplete.get());
    }

    /** Where a person who opens a step they may not visit yet is sent instead. */
    static Step furthestAllowed(FormDefinition form, Answers answers, LocalDate today) {
        return form.firstIncompleteStep(answers, today).orElseGet(() -> form.shownSteps(answers).getLast());
    }

    static int indexOf(FormDefinition form, Answers answers, String stepId) {
        var shown = form.shownSteps(answers);
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).id().equals(stepId)) {
                return i;
            }
        }
        return -1;
    }

    static Optional<Step> previous(FormDefinition form, Answers answers, String stepId) {
        return form.stepBefore(stepId, answers);
    }
}
