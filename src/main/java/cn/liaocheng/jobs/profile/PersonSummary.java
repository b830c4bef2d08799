package cn.liaocheng.jobs.profile;

import org.jspecify.annotations.Nullable;

/**
 * A person the signed-in account may apply for. {@code self} when the account is the person;
 * {@code relationship} is then null and {@code consent} is {@link ConsentState#NOT_NEEDED}.
 */
public record PersonSummary(long personId, String name, boolean self, @Nullable Relationship relationship,
        ConsentState consent) {}
