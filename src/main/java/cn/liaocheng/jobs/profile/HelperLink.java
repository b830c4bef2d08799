package cn.liaocheng.jobs.profile;

import cn.liaocheng.jobs.shared.PhoneNumber;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One helper link (代办), withdrawn ones included, for the signed-in account's copy of its data, seen from its side:
 * someone who helps the account's own person, or a person the account helps or helped. For the latter it holds only
 * what the account typed itself (decision 0004): the name and phone as typed, never the person's own record.
 *
 * @param name          the helper's name ({@link Side#HELPS_ME}), or the name the account typed for the person
 * @param phone         the phone the account typed for the person ({@link Side#I_HELP} only); shown masked
 * @param numbersTyped  the account typed ID or certificate numbers that still wait for the person's confirmation;
 *                      the numbers themselves are the other person's and are not part of the helper's copy
 */
public record HelperLink(Side side, String name, Relationship relationship, ConsentState consent, Instant addedAt,
        @Nullable Instant consentAt, @Nullable Instant withdrawnAt, @Nullable PhoneNumber phone,
        boolean numbersTyped) {

    public enum Side {
        /** Someone who may apply for the account's own person. */
        HELPS_ME,
        /** A person the account applies for. */
        I_HELP
    }

    public boolean withdrawn() {
        return withdrawnAt != null;
    }
}
