package cn.liaocheng.jobs.annualreport;

import java.util.Objects;

/** What the county wrote, one text per {@link ReportSection}; blank in a draft until written. */
public record ReportSections(String achievements, String practices, String problems) {

    public static final ReportSections EMPTY = new ReportSections("", "", "");

    public ReportSections {
        achievements = Objects.requireNonNullElse(achievements, "");
        practices = Objects.requireNonNullElse(practices, "");
        problems = Objects.requireNonNullElse(problems, "");
    }

    public String text(ReportSection section) {
        return switch (section) {
            case ACHIEVEMENTS -> achievements;
            case PRACTICES -> practices;
            case PROBLEMS -> problems;
        };
    }

    /** Trailing and leading white space removed, as stored. */
    public ReportSections stripped() {
        return new ReportSections(achievements.strip(), practices.strip(), problems.strip());
    }
}
