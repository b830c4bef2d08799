package cn.liaocheng.jobs.messages;

import cn.liaocheng.jobs.profile.ProfileService;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the messages capability offers other capabilities: the signed-in person's own messages, for their copy of
 * their data. Queuing and sending happen by events (see {@link ApplicationMessages}).
 */
@Service
public class MessageService {

    private final ProfileService profiles;
    private final OutgoingMessageStore outbox;

    MessageService(ProfileService profiles, OutgoingMessageStore outbox) {
        this.profiles = profiles;
        this.outbox = outbox;
    }

    /**
     * Every message to the signed-in account's own person, sent or still queued, oldest first, with its text as it
     * went out. Empty without a person of its own. Messages to the people it helps are theirs, not the helper's.
     */
    @Transactional(readOnly = true)
    public List<OutgoingMessage> exportForOwnPerson() {
        return profiles.ownPersonId().map(outbox::forPerson).map(List::reversed).orElse(List.of());
    }
}
