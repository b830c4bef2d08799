package cn.liaocheng.jobs.profile;

import org.jspecify.annotations.Nullable;

/**
 * A person the signed-in account may apply for. {@code self} when the account is the person;
 * {@code relationship} is then null and {@code consent} is {@link ConsentState#NOT_NEEDED}.
 */
public record PersonSummary(long personId, String name, boolean self, @Nullable Relationship relationship,
        ConsentState consent) {

    /**
     * A helper whose consent is not recorded yet: {@code name} is the one they typed, and of the person's
     * applications they may see only the drafts they started themselves.
     */
    public boolean awaitingConsent() {
        return consent == ConsentState.AWAITING;
    }
}
