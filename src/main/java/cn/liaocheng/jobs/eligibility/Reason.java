package cn.liaocheng.jobs.eligibility;

import java.util.List;

/**
 * One reason a rule applies or does not, as a translation key ({@code eligibility.met.*}, {@code eligibility.unmet.*},
 * {@code eligibility.sentence.*}) and its arguments, so that the same reason reads well in both languages. Arguments
 * are words {@link Wording} knows how to say: counties, categories, wants, who it is about, lists of them, numbers.
 */
public record Reason(String key, List<Object> args) {

    public Reason {
        args = List.copyOf(args);
    }

    static Reason of(String key, Object... args) {
        return new Reason(key, List.of(args));
    }

    /** Whom a reason is about: "您" when checking for oneself, "他/她" for someone one helps. */
    public enum Who {
        SELF, OTHER;

        String messageKey() {
            return "eligibility.who." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Several words said as alternatives: "学一门技能或找一份工作". A plain list is said as "东昌府区、莘县". */
    public record AnyOf(List<?> items) {
        public AnyOf {
            items = List.copyOf(items);
        }
    }
}
