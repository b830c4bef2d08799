package cn.liaocheng.jobs.messages;

import java.util.List;

/** Within this capability: outbox rows written in the current transaction, to be sent once it has committed. */
record MessagesQueued(List<Long> messageIds) {

    MessagesQueued {
        messageIds = List.copyOf(messageIds);
    }
}
