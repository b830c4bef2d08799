package cn.liaocheng.jobs.messages;

import cn.liaocheng.jobs.profile.ProfileService;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
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
    private final MessageTexts texts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MessageService(ProfileService profiles, OutgoingMessageStore outbox, MessageTexts texts,
            ApplicationEventPublisher events, Clock clock) {
        this.profiles = profiles;
        this.outbox = outbox;
        this.texts = texts;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Queues an SMS to a staff account (in Chinese, the staff's working language), in the caller's transaction, to be
     * sent once it commits, like every message. For the portal's own reminders; {@code key} is a {@code message.*}
     * text.
     *
     * @return the message's id
     */
    @Transactional
    public long queueForStaff(long staffAccountId, String key, String... parameters) {
        var text = texts.render(key, Locale.SIMPLIFIED_CHINESE, parameters);
        long id = outbox.queueForStaff(staffAccountId, text, clock.instant());
        events.publishEvent(new MessageQueued(id));
        return id;
    }

    /** Messages queued for a staff account, newest first, as the outbox holds them. */
    @Transactional(readOnly = true)
    public List<OutgoingMessage> forStaff(long staffAccountId) {
        return outbox.forStaff(staffAccountId);
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
