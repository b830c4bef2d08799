package cn.liaocheng.jobs.eligibility.ui;

import cn.liaocheng.jobs.applications.Step;

/** The checker's addresses: {@code /check}, {@code /check/<step>} and {@code /check/result}. */
final class CheckRoutes {

    static final String START = "check";
    static final String RESULT = "check/result";
    private static final String PREFIX = "check-";

    private CheckRoutes() {
    }

    static String step(Step step) {
        return START + "/" + step.id().substring(PREFIX.length());
    }

    static String stepId(String lastPart) {
        return PREFIX + lastPart;
    }
}
