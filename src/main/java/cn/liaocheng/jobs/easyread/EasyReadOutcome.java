package cn.liaocheng.jobs.easyread;

import java.util.List;

/** What became of an editor's save; the view says each in its own words. */
public sealed interface EasyReadOutcome {

    /** Stored; {@code version} is what the next save must send. */
    record Saved(int version) implements EasyReadOutcome {}

    /** Nothing stored: fix these first, in the form's order. */
    record Invalid(List<EasyReadProblem> problems) implements EasyReadOutcome {
        public Invalid {
            problems = List.copyOf(problems);
        }
    }

    /** Someone else saved this text since the editor opened it; nothing stored. */
    record Conflict() implements EasyReadOutcome {}
}
