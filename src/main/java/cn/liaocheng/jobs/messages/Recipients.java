package cn.liaocheng.jobs.messages;

import cn.liaocheng.jobs.accounts.StaffAccounts;
import cn.liaocheng.jobs.profile.MessageContact;
import cn.liaocheng.jobs.profile.ProfileService;
import cn.liaocheng.jobs.shared.PhoneNumber;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The phone a message goes to, looked up when it is sent: the outbox keeps no numbers. */
@Component
class Recipients {

    private final ProfileService profiles;
    private final StaffAccounts staffAccounts;

    Recipients(ProfileService profiles, StaffAccounts staffAccounts) {
        this.profiles = profiles;
        this.staffAccounts = staffAccounts;
    }

    Optional<PhoneNumber> phoneOf(long personId, @Nullable Long staffAccountId) {
        return staffAccountId != null
                ? staffAccounts.phoneForSystemMessage(staffAccountId)
                : profiles.contactForSystemMessage(personId).map(MessageContact::phone);
    }
}
