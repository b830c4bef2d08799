package cn.liaocheng.jobs.profile;

import cn.liaocheng.jobs.shared.PhoneNumber;
import org.jspecify.annotations.Nullable;

/**
 * How to reach a person with a message the system sends (a status change, a receipt): only their contact preference
 * and phone, nothing else. {@code phone} is empty when the person has no phone of their own. {@link #toString()}
 * stays masked because {@link PhoneNumber#toString()} is.
 */
public record MessageContact(ContactPreference preference, @Nullable PhoneNumber phone) {
}
