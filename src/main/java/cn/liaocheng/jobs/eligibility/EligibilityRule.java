package cn.liaocheng.jobs.eligibility;

import cn.liaocheng.jobs.catalogue.OfferSubtype;
import cn.liaocheng.jobs.eligibility.Reason.AnyOf;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.DisabilityCategory;
import cn.liaocheng.jobs.shared.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One rule of the action plan (a row of {@code eligibility_rule}): which offer subtypes it opens, to whom. A null
 * condition does not apply. {@link #check} gives the reasons it applies, or the conditions that are not met, and
 * {@link #conditions} the rule itself, as {@link Reason}s that {@link Wording} says in words: the result page and the
 * staff page say the same thing.
 *
 * @param notWorking only for people who have no work now (the plan's 就业困难 and 未就业)
 */
public record EligibilityRule(String code, String article, LocalizedText title, LocalizedText leadDepartment,
        LocalizedText whatToBring, Set<OfferSubtype> subtypes, Set<Want> wants, @Nullable Boolean rural,
        Set<County> counties, @Nullable Integer minAge, @Nullable Integer maxAge, Set<DisabilityCategory> categories,
        @Nullable Integer maxGrade, @Nullable Integer graduatedWithinYears, boolean notWorking) {

    public EligibilityRule {
        subtypes = Set.copyOf(subtypes);
        wants = Set.copyOf(wants);
        counties = Set.copyOf(counties);
        categories = Set.copyOf(categories);
    }

    /** The outcome for one person: why it applies ({@code met}) and what is missing ({@code unmet}). */
    public record Verdict(EligibilityRule rule, List<Reason> met, List<Reason> unmet) {
        public Verdict {
            met = List.copyOf(met);
            unmet = List.copyOf(unmet);
        }

        public boolean applies() {
            return unmet.isEmpty();
        }
    }

    public Verdict check(Situation who, int thisYear) {
        var met = new ArrayList<Reason>();
        var unmet = new ArrayList<Reason>();
        var you = who.forSomeoneElse() ? Reason.Who.OTHER : Reason.Who.SELF;
        if (rural != null) {
            if (rural == who.rural()) {
                met.add(Reason.of(rural ? "eligibility.met.rural" : "eligibility.met.urban", you));
            } else {
                unmet.add(Reason.of(rural ? "eligibility.unmet.rural" : "eligibility.unmet.urban"));
            }
        }
        if (!counties.isEmpty()) {
            if (counties.contains(who.county())) {
                met.add(Reason.of("eligibility.met.county", you, who.county()));
            } else {
                unmet.add(Reason.of("eligibility.unmet.county", sorted(counties)));
            }
        }
        if (minAge != null && who.age() < minAge) {
            unmet.add(Reason.of("eligibility.unmet.min-age", minAge));
        } else if (maxAge != null && who.age() > maxAge) {
            unmet.add(Reason.of("eligibility.unmet.max-age", maxAge));
        } else if (minAge != null || maxAge != null) {
            met.add(Reason.of("eligibility.met.age", you, who.age()));
        }
        if (!categories.isEmpty()) {
            if (who.category() != null && categories.contains(who.category())) {
                met.add(Reason.of("eligibility.met.category", you, who.category()));
            } else {
                unmet.add(Reason.of("eligibility.unmet.category", new AnyOf(sorted(categories))));
            }
        }
        if (maxGrade != null) {
            if (who.grade() != null && who.grade() <= maxGrade) {
                met.add(Reason.of("eligibility.met.grade", who.grade()));
            } else {
                unmet.add(Reason.of("eligibility.unmet.grade", maxGrade));
            }
        }
        if (graduatedWithinYears != null) {
            var year = who.graduationYear();
            if (year != null && year >= thisYear - graduatedWithinYears && year <= thisYear + 1) {
                met.add(year > thisYear - 1 ? Reason.of("eligibility.met.student", you)
                        : Reason.of("eligibility.met.graduated", you, year));
            } else if (year == null) {
                unmet.add(Reason.of("eligibility.unmet.not-graduate", graduatedWithinYears));
            } else {
                unmet.add(Reason.of("eligibility.unmet.graduated-long-ago", graduatedWithinYears));
            }
        }
        if (notWorking) {
            if (who.working()) {
                unmet.add(Reason.of("eligibility.unmet.working"));
            } else {
                met.add(Reason.of("eligibility.met.not-working", you));
            }
        }
        var wanted = sorted(wants.stream().filter(who.wants()::contains).toList());
        if (wanted.isEmpty()) {
            unmet.add(Reason.of("eligibility.unmet.wants", new AnyOf(sorted(wants))));
        } else {
            met.add(Reason.of("eligibility.met.wants", you, wanted));
        }
        return new Verdict(this, met, unmet);
    }

    /** Whom the rule is for, one condition each, for the staff page's sentence. */
    public List<Reason> conditions() {
        var who = new ArrayList<Reason>();
        if (rural != null) {
            who.add(Reason.of(rural ? "eligibility.sentence.rural" : "eligibility.sentence.urban"));
        }
        if (!counties.isEmpty()) {
            who.add(Reason.of("eligibility.sentence.counties", sorted(counties)));
        }
        if (minAge != null && maxAge != null) {
            who.add(Reason.of("eligibility.sentence.age-between", minAge, maxAge));
        } else if (minAge != null) {
            who.add(Reason.of("eligibility.sentence.age-min", minAge));
        } else if (maxAge != null) {
            who.add(Reason.of("eligibility.sentence.age-max", maxAge));
        }
        if (!categories.isEmpty()) {
            who.add(Reason.of("eligibility.sentence.categories", new AnyOf(sorted(categories))));
        }
        if (maxGrade != null) {
            who.add(Reason.of("eligibility.sentence.grade", maxGrade));
        }
        if (graduatedWithinYears != null) {
            who.add(Reason.of("eligibility.sentence.graduated", graduatedWithinYears));
        }
        if (notWorking) {
            who.add(Reason.of("eligibility.sentence.not-working"));
        }
        who.add(Reason.of("eligibility.sentence.wants", new AnyOf(sorted(wants))));
        return who;
    }

    private static <T extends Comparable<? super T>> List<T> sorted(java.util.Collection<T> items) {
        return items.stream().sorted().toList();
    }
}
