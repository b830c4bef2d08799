package cn.liaocheng.jobs.catalogue;

import java.util.List;

/** What became of an editor's save or state change; the view says each in its own words. */
public sealed interface EditOutcome {

    /** Stored; {@code version} is what the next save must send. */
    record Saved(long offerId, int version, OfferStatus status) implements EditOutcome {}

    /** Nothing stored: fix these first, in the form's order. */
    record Invalid(List<OfferProblem> problems) implements EditOutcome {
        public Invalid {
            problems = List.copyOf(problems);
        }
    }

    /** Someone else saved the offer since this editor opened it; nothing stored. */
    record Conflict() implements EditOutcome {}

    /** The offer's state does not allow this move (e.g. publishing a closed offer). */
    record NotAllowed(OfferStatus from) implements EditOutcome {}
}
