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
                    (person_id, application_id, account_ids, channel, text_key, parameters, language, text, created_at,
                     next_attempt_at)
                values (:person, :application, :accounts, :channel, :key, :parameters, :language, :text, :now,
                        cast(:next as timestamp with time zone))""")
                // The township office tells IN_PERSON ones; nothing tries them.
                .param("next", channel == Channel.IN_PERSON ? null : Timestamp.from(now))
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
                    (staff_account_id, account_ids, channel, text_key, parameters, language, text, created_at,
                     next_attempt_at)
                values (:staff, :accounts, 'SMS', :key, :parameters, :language, :text, :now, :now)""")
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

    /**
     * Queued messages whose next try is due, oldest due first, for the retry job; rows another transaction is sending
     * right now are skipped.
     */
    List<Long> dueIds(Instant now, int limit) {
        return jdbc.sql("""
                select id from messages_outgoing
                where status = 'QUEUED' and next_attempt_at <= :now
                order by next_attempt_at limit :limit
                for update skip locked""")
                .param("now", Timestamp.from(now)).param("limit", limit).query(Long.class).list();
    }

    boolean markSent(long id, Instant now) {
        return markSent(id, now, null, null);
    }

    /** Sent; with a provider's id for the message, its receipt is awaited. */
    boolean markSent(long id, Instant now, @Nullable String provider, @Nullable String providerMessageId) {
        return jdbc.sql("""
                update messages_outgoing
                set status = 'SENT', sent_at = :now, attempts = attempts + 1, next_attempt_at = null,
                    provider = :provider, provider_message_id = :providerId,
                    receipt_status = case when cast(:providerId as varchar) is null then null else 'WAITING' end
                where id = :id and status = 'QUEUED'""")
                .param("id", id).param("now", Timestamp.from(now)).param("provider", provider)
                .param("providerId", providerMessageId).update() == 1;
    }

    /** Given up: refused for good, or too many failed tries. {@code reason} is the provider's code. */
    boolean markFailed(long id, @Nullable String reason, boolean tried) {
        return jdbc.sql("""
                update messages_outgoing
                set status = 'FAILED', next_attempt_at = null, failure_reason = :reason,
                    attempts = attempts + :tried
                where id = :id and status = 'QUEUED'""")
                .param("id", id).param("reason", reason).param("tried", tried ? 1 : 0).update() == 1;
    }

    /** A failed try: counted, with when to try again. */
    boolean retryLater(long id, String reason, Instant next) {
        return jdbc.sql("""
                update messages_outgoing
                set attempts = attempts + 1, next_attempt_at = :next, failure_reason = :reason
                where id = :id and status = 'QUEUED'""")
                .param("id", id).param("reason", reason).param("next", Timestamp.from(next)).update() == 1;
    }

    /** Not tried by itself any more (no gateway, no phone now): stays QUEUED for a gateway or for staff. */
    boolean park(long id) {
        return jdbc.sql("update messages_outgoing set next_attempt_at = null where id = :id and status = 'QUEUED'")
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

    /** A sent message whose receipt is awaited. */
    record AwaitingReceipt(long id, long personId, @Nullable Long staffAccountId, String providerMessageId,
            Instant sentAt) {}

    /**
     * Sent messages still waiting for their receipt, sent after {@code since} and not asked about since
     * {@code checkedBefore}, oldest first; locked, so that two instances do not ask twice.
     */
    List<AwaitingReceipt> awaitingReceipt(Instant since, Instant checkedBefore, int limit) {
        return jdbc.sql("""
                select id, person_id, staff_account_id, provider_message_id, sent_at from messages_outgoing
                where provider_message_id is not null and receipt_status = 'WAITING' and sent_at > :since
                  and (receipt_checked_at is null or receipt_checked_at < :checkedBefore)
                order by sent_at limit :limit
                for update skip locked""")
                .param("since", Timestamp.from(since)).param("checkedBefore", Timestamp.from(checkedBefore))
                .param("limit", limit)
                .query((rs, row) -> new AwaitingReceipt(rs.getLong("id"), rs.getLong("person_id"),
                        rs.getObject("staff_account_id", Long.class), rs.getString("provider_message_id"),
                        rs.getTimestamp("sent_at").toInstant()))
                .list();
    }

    void recordReceipt(long id, OutgoingMessage.@Nullable ReceiptStatus status, @Nullable String reason,
            @Nullable Instant at, Instant checkedAt) {
        jdbc.sql("""
                update messages_outgoing
                set receipt_status = coalesce(:status, receipt_status), receipt_reason = coalesce(:reason, receipt_reason),
                    receipt_at = coalesce(:at, receipt_at), receipt_checked_at = :checked
                where id = :id""")
                .param("id", id).param("status", status == null ? null : status.name()).param("reason", reason)
                .param("at", at == null ? null : Timestamp.from(at)).param("checked", Timestamp.from(checkedAt))
                .update();
    }

    private static OutgoingMessage message(ResultSet rs, int row) throws SQLException {
        var sentAt = rs.getTimestamp("sent_at");
        return new OutgoingMessage(rs.getLong("id"), rs.getLong("person_id"), rs.getObject("application_id", Long.class),
                longs(rs.getArray("account_ids")), Channel.valueOf(rs.getString("channel")), rs.getString("text_key"),
                strings(rs.getArray("parameters")), Locale.forLanguageTag(rs.getString("language")),
                rs.getString("text"), Status.valueOf(rs.getString("status")),
                rs.getTimestamp("created_at").toInstant(), sentAt == null ? null : sentAt.toInstant(),
                rs.getObject("staff_account_id", Long.class), rs.getInt("attempts"),
                instant(rs.getTimestamp("next_attempt_at")), rs.getString("failure_reason"),
                rs.getString("provider_message_id"),
                rs.getString("receipt_status") == null ? null
                        : OutgoingMessage.ReceiptStatus.valueOf(rs.getString("receipt_status")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static List<Long> longs(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(value -> ((Number) value).longValue()).toList();
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
