package cn.liaocheng.jobs.messages;

import cn.liaocheng.jobs.messages.OutgoingMessage.Channel;
import cn.liaocheng.jobs.messages.OutgoingMessage.Status;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The outbox table, in plain SQL. A message leaves QUEUED once, by a conditional update. */
@Repository
class OutgoingMessageStore {

    private final JdbcClient jdbc;

    OutgoingMessageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long queue(long personId, @Nullable Long applicationId, List<Long> accountIds, Channel channel,
            MessageTexts.Text text, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into messages_outgoing
                    (person_id, application_id, account_ids, channel, text_key, parameters, language, text, created_at)
                values (:person, :application, :accounts, :channel, :key, :parameters, :language, :text, :now)""")
                .param("person", personId).param("application", applicationId)
                .param("accounts", accountIds.toArray(Long[]::new)).param("channel", channel.name())
                .param("key", text.key()).param("parameters", text.parameters().toArray(String[]::new))
                .param("language", text.language().toLanguageTag()).param("text", text.text())
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** A message to a staff member: always an SMS, to the phone of the account when it is sent. */
    long queueForStaff(long staffAccountId, MessageTexts.Text text, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into messages_outgoing
                    (staff_account_id, account_ids, channel, text_key, parameters, language, text, created_at)
                values (:staff, :accounts, 'SMS', :key, :parameters, :language, :text, :now)""")
                .param("staff", staffAccountId).param("accounts", new Long[] {staffAccountId})
                .param("key", text.key()).param("parameters", text.parameters().toArray(String[]::new))
                .param("language", text.language().toLanguageTag()).param("text", text.text())
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** Newest first. */
    List<OutgoingMessage> forStaff(long staffAccountId) {
        return jdbc.sql("select * from messages_outgoing where staff_account_id = :staff order by id desc")
                .param("staff", staffAccountId).query(OutgoingMessageStore::message).list();
    }

    Optional<OutgoingMessage> find(long id) {
        return jdbc.sql("select * from messages_outgoing where id = :id").param("id", id)
                .query(OutgoingMessageStore::message).optional();
    }

    /** The row, locked until the current transaction ends, for sending it once. */
    Optional<OutgoingMessage> findForUpdate(long id) {
        return jdbc.sql("select * from messages_outgoing where id = :id for update").param("id", id)
                .query(OutgoingMessageStore::message).optional();
    }

    /** Newest first. */
    List<OutgoingMessage> forPerson(long personId) {
        return jdbc.sql("select * from messages_outgoing where person_id = :person order by id desc")
                .param("person", personId).query(OutgoingMessageStore::message).list();
    }

    /** Messages to the person that were never sent; sent and failed ones are the record and stay. */
    int deleteQueued(long personId) {
        return jdbc.sql("delete from messages_outgoing where person_id = :person and status = 'QUEUED'")
                .param("person", personId).update();
    }

    int deleteAbout(List<Long> applicationIds) {
        return jdbc.sql("delete from messages_outgoing where application_id = any(:ids)")
                .param("ids", applicationIds.toArray(Long[]::new)).update();
    }

    boolean markSent(long id, Instant now) {
        return jdbc.sql("update messages_outgoing set status = 'SENT', sent_at = :now where id = :id and status = 'QUEUED'")
                .param("id", id).param("now", Timestamp.from(now)).update() == 1;
    }

    boolean markFailed(long id) {
        return jdbc.sql("update messages_outgoing set status = 'FAILED' where id = :id and status = 'QUEUED'")
                .param("id", id).update() == 1;
    }

    /** For the monitoring ({@link OutboxMetrics}): the number of messages per {@link #countKey}. */
    Map<String, Long> countsByStatusAndChannel() {
        var counts = new HashMap<String, Long>();
        jdbc.sql("select status, channel, count(*) as messages from messages_outgoing group by status, channel")
                .query(rs -> {
                    counts.put(countKey(Status.valueOf(rs.getString("status")), Channel.valueOf(rs.getString("channel"))),
                            rs.getLong("messages"));
                });
        return counts;
    }

    static String countKey(Status status, Channel channel) {
        return status.name() + "/" + channel.name();
    }

    /** When the oldest message still queued was queued, per channel that has one (the partial index answers it). */
    Map<Channel, Instant> oldestQueuedByChannel() {
        var oldest = new EnumMap<Channel, Instant>(Channel.class);
        jdbc.sql("select channel, min(created_at) as oldest from messages_outgoing where status = 'QUEUED' group by channel")
                .query(rs -> {
                    oldest.put(Channel.valueOf(rs.getString("channel")), rs.getTimestamp("oldest").toInstant());
                });
        return oldest;
    }

    private static OutgoingMessage message(ResultSet rs, int row) throws SQLException {
        var sentAt = rs.getTimestamp("sent_at");
        return new OutgoingMessage(rs.getLong("id"), rs.getLong("person_id"), rs.getObject("application_id", Long.class),
                longs(rs.getArray("account_ids")), Channel.valueOf(rs.getString("channel")), rs.getString("text_key"),
                strings(rs.getArray("parameters")), Locale.forLanguageTag(rs.getString("language")),
                rs.getString("text"), Status.valueOf(rs.getString("status")),
                rs.getTimestamp("created_at").toInstant(), sentAt == null ? null : sentAt.toInstant(),
                rs.getObject("staff_account_id", Long.class));
    }

    private static List<Long> longs(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(value -> ((Number) value).longValue()).toList();
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
