package cn.liaocheng.jobs.recommendations;

import java.util.List;

/**
 * 为您推荐: the newest assessment and the open offers that fit it, best first, each with its reasons. At most
 * {@link #SHOWN} are listed; {@code more} says how many more fitted.
 */
public record Recommendations(RecordedAssessment assessment, List<Match> matches, int more) {

    /** Enough to choose from, few enough to read aloud. */
    public static final int SHOWN = 10;

    public Recommendations {
        matches = List.copyOf(matches);
    }
}
