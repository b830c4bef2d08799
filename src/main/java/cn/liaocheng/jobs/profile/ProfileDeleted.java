package cn.liaocheng.jobs.profile;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The profile of a deleted account goes: published while the account is being deleted, before the profile removes
 * the account's own person and every helper link of it, so that other capabilities remove what they hold for them
 * in the same transaction. Ids only.
 *
 * @param personId               the account's own person, deleted now; null when it had no profile
 * @param peopleAwaitingConsent  people the account asked to help who never agreed: what the account prepared for
 *                               them (drafts) was only the account's typing and goes with it
 */
public record ProfileDeleted(long accountId, @Nullable Long personId, Set<Long> peopleAwaitingConsent) {

    public ProfileDeleted {
        peopleAwaitingConsent = Set.copyOf(peopleAwaitingConsent);
    }
}
