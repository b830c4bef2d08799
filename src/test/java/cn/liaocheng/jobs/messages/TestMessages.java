package cn.liaocheng.jobs.messages;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Messages are sent after the change commits, on another thread (an {@code @ApplicationModuleListener}); tests that
 * look at what was sent wait for that here instead of sleeping.
 */
@Component
public class TestMessages {

    private final JdbcClient jdbc;

    TestMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits until every event publication of this portal is completed: each message sent, or left as it stays. */
    public void awaitAllHandled() {
        await().atMost(Duration.ofSeconds(20)).until(() -> incompletePublications() == 0);
    }

    long incompletePublications() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null").query(Long.class)
                .single();
    }
}
