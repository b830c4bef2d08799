package cn.liaocheng.jobs.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What an outcome needs before 办结 accepts it. */
final class OutcomeRules {

    private OutcomeRules() {
    }

    static List<ReviewOutcome.Problem> problems(OutcomeKind expected, Outcome outcome, LocalDate today) {
        var problems = new ArrayList<ReviewOutcome.Problem>();
        if (outcome.kind() != expected) {
            problems.add(new ReviewOutcome.Problem("kind", "review.outcome.kind.wrong"));
            return problems;
        }
        switch (outcome) {
            case Outcome.Training t -> {
                if (t.completed() && !t.enrolled()) {
                    problems.add(new ReviewOutcome.Problem("enrolled", "review.outcome.enrolled.needed"));
                }
                if (t.certificate() != null && t.certificate().length() > ReviewService.MAX_NAME) {
                    problems.add(new ReviewOutcome.Problem("certificate", "review.text.too-long"));
                }
            }
            case Outcome.Employment e -> {
                if (e.employed()) {
                    if (ReviewService.stripped(e.employer()) == null) {
                        problems.add(new ReviewOutcome.Problem("employer", "review.outcome.employer.missing"));
                    } else if (e.employer().strip().length() > ReviewService.MAX_NAME) {
                        problems.add(new ReviewOutcome.Problem("employer", "review.text.too-long"));
                    }
                    if (e.startDate() == null) {
                        problems.add(new ReviewOutcome.Problem("startDate", "review.outcome.start-date.missing"));
                    }
                    if (e.employmentKind() == null) {
                        problems.add(new ReviewOutcome.Problem("employmentKind",
                                "review.outcome.employment-kind.missing"));
                    }
                    if (e.socialInsurance() == null) {
                        problems.add(new ReviewOutcome.Problem("socialInsurance",
                                "review.outcome.social-insurance.missing"));
                    }
                }
            }
            case Outcome.Loan l -> {
                if (l.amountYuan() == null || l.amountYuan() <= 0) {
                    problems.add(new ReviewOutcome.Problem("amount", "review.outcome.amount.missing"));
                }
                if (ReviewService.stripped(l.bank()) == null) {
                    problems.add(new ReviewOutcome.Problem("bank", "review.outcome.bank.missing"));
                } else if (l.bank().strip().length() > ReviewService.MAX_NAME) {
                    problems.add(new ReviewOutcome.Problem("bank", "review.text.too-long"));
                }
                if (l.grantedOn() == null || l.grantedOn().isAfter(today)) {
                    problems.add(new ReviewOutcome.Problem("grantedOn", "review.outcome.granted-on.missing"));
                }
            }
        }
        return problems;
    }
}
