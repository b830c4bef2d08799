package cn.liaocheng.jobs.eligibility;

import cn.liaocheng.jobs.catalogue.OfferSubtype;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.DisabilityCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One rule of the action plan (a row of {@code eligibility_rule}): which offer subtypes it opens, to whom. A null
 * condition does not apply. {@link #check} gives the reasons it applies, or the conditions that are not met, as
 * sentences built from the rule and the answers, so that the result page and the staff page say the same thing.
 */
public record EligibilityRule(String code, String article, String titleZh, String titleEn, String leadDepartment,
        String whatToBring, Set<OfferSubtype> subtypes, Set<Want> wants, @Nullable Boolean rural,
        Set<County> counties, @Nullable Integer minAge, @Nullable Integer maxAge, Set<DisabilityCategory> categories,
        @Nullable Integer maxGrade, @Nullable Integer graduatedWithinYears) {

    public EligibilityRule {
        subtypes = Set.copyOf(subtypes);
        wants = Set.copyOf(wants);
        counties = Set.copyOf(counties);
        categories = Set.copyOf(categories);
    }

    /** The outcome for one person: why it applies ({@code met}) and what is missing ({@code unmet}). */
    public record Verdict(EligibilityRule rule, List<String> met, List<String> unmet) {
        public boolean applies() {
            return unmet.isEmpty();
        }

        /** The sentence a person reads: "因为您是农村户口，想学一门技能". */
        public String because() {
            return "因为" + String.join("，", met);
        }

        public String butNot() {
            return "但是" + String.join("，", unmet);
        }
    }

    public Verdict check(Situation who, int thisYear) {
        var met = new ArrayList<String>();
        var unmet = new ArrayList<String>();
        var you = who.forSomeoneElse() ? "他/她" : "您";
        if (rural != null) {
            if (rural == who.rural()) {
                met.add(you + "是" + (rural ? "农村" : "城镇") + "户口");
            } else {
                unmet.add("这项只面向" + (rural ? "农村" : "城镇") + "户口的残疾人");
            }
        }
        if (!counties.isEmpty()) {
            if (counties.contains(who.county())) {
                met.add(you + "住在" + Names.county(who.county()));
            } else {
                unmet.add("这项只在" + counties.stream().map(Names::county).collect(Collectors.joining("、")) + "开展");
            }
        }
        if (minAge != null && who.age() < minAge) {
            unmet.add("需要年满" + minAge + "周岁");
        } else if (maxAge != null && who.age() > maxAge) {
            unmet.add("年龄需要在" + maxAge + "周岁以下");
        } else if (minAge != null || maxAge != null) {
            met.add(you + who.age() + "岁，在规定的年龄内");
        }
        if (!categories.isEmpty()) {
            if (who.category() != null && categories.contains(who.category())) {
                met.add(you + "是" + Names.category(who.category()));
            } else {
                unmet.add("这项面向" + categories.stream().sorted().map(Names::category)
                        .collect(Collectors.joining("、")) + "，需要残疾人证上写明");
            }
        }
        if (maxGrade != null) {
            if (who.grade() != null && who.grade() <= maxGrade) {
                met.add("残疾等级是" + who.grade() + "级");
            } else {
                unmet.add("需要残疾等级在" + maxGrade + "级以内（1级最重）");
            }
        }
        if (graduatedWithinYears != null) {
            var year = who.graduationYear();
            if (year != null && year >= thisYear - graduatedWithinYears && year <= thisYear + 1) {
                met.add(you + (year > thisYear - 1 ? "是在校或应届" : year + "年毕业的") + "大学生");
            } else if (year == null) {
                unmet.add("这项面向高校在校生和毕业" + graduatedWithinYears + "年内的毕业生");
            } else {
                unmet.add("这项只面向毕业" + graduatedWithinYears + "年内的高校毕业生");
            }
        }
        var wanted = wants.stream().filter(who.wants()::contains).sorted().toList();
        if (wanted.isEmpty()) {
            unmet.add("这项是帮助" + wants.stream().sorted().map(Want::zh).collect(Collectors.joining("或")) + "的");
        } else {
            met.add(you + "想" + wanted.stream().map(Want::zh).collect(Collectors.joining("、")));
        }
        return new Verdict(this, List.copyOf(met), List.copyOf(unmet));
    }

    /** The rule for the staff page: "（六）3 …：农村户口、16周岁以上、想学一门技能的残疾人可以参加农村实用技术培训。" */
    public String sentence() {
        var who = new ArrayList<String>();
        if (rural != null) {
            who.add(rural ? "农村户口" : "城镇户口");
        }
        if (!counties.isEmpty()) {
            who.add("住在" + counties.stream().map(Names::county).collect(Collectors.joining("、")));
        }
        if (minAge != null && maxAge != null) {
            who.add(minAge + "至" + maxAge + "周岁");
        } else if (minAge != null) {
            who.add(minAge + "周岁以上");
        } else if (maxAge != null) {
            who.add(maxAge + "周岁以下");
        }
        if (!categories.isEmpty()) {
            who.add(categories.stream().sorted().map(Names::category).collect(Collectors.joining("或")));
        }
        if (maxGrade != null) {
            who.add("残疾等级" + maxGrade + "级以内");
        }
        if (graduatedWithinYears != null) {
            who.add("高校在校或毕业" + graduatedWithinYears + "年内");
        }
        who.add("想" + wants.stream().sorted().map(Want::zh).collect(Collectors.joining("或")));
        return article + "：" + String.join("、", who) + "的残疾人可以申请" + titleZh + "（牵头单位：" + leadDepartment
                + "）。";
    }
}
