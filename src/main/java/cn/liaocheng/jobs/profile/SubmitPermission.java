package cn.liaocheng.jobs.profile;

/** Who may submit for the person, as seen by the signed-in account. */
public sealed interface SubmitPermission {

    /** The signed-in account is the person. */
    record Self() implements SubmitPermission {}

    /** A helper with recorded consent; {@code helperName} is the helper's own name, for "由 王芳(女儿) 代为提交". */
    record Helper(Relationship relationship, String helperName) implements SubmitPermission {}

    /** A helper whose consent is not recorded yet: drafts only. */
    record AwaitingConsent(Relationship relationship) implements SubmitPermission {}

    /** Anyone else, including signed-out visitors and withdrawn helpers. */
    record None() implements SubmitPermission {}

    default boolean maySubmit() {
        return this instanceof Self || this instanceof Helper;
    }

    default boolean mayPrepareDrafts() {
        return !(this instanceof None);
    }
}
