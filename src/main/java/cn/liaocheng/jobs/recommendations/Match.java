package cn.liaocheng.jobs.recommendations;

import java.util.List;

/**
 * One recommended offer, with every rule that found it and the points each gave: the page shows the reasons as
 * sentences ("因为评估显示您擅长按摩推拿"), so the order is never a black box.
 */
public record Match(Candidate offer, int score, List<Reason> reasons) {

    public Match {
        reasons = List.copyOf(reasons);
    }

    /**
     * One rule that matched: {@code messageKey} is the sentence, {@code argumentKey} what the assessment said (an
     * ability, a direction, a support need or the county), as a message key too.
     */
    public record Reason(Rule rule, String messageKey, String argumentKey) {}

    /** The rules, with their points. */
    public enum Rule {
        ABILITY(3), DIRECTION(2), INTEREST(1), SUPPORT(1), COUNTY(1);

        private final int points;

        Rule(int points) {
            this.points = points;
        }

        public int points() {
            return points;
        }
    }
}
