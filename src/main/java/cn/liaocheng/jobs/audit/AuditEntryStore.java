package cn.liaocheng.jobs.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit table, in plain SQL: insert and select only; the database refuses anything else (V0100). */
@Repository
class AuditEntryStore {

    private final JdbcClient jdbc;

    AuditEntryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Instant at, long actorAccountId, String actorName, String actorRole, AuditedAction action,
            @Nullable Long applicationId, @Nullable Long personId, String detail, String clientAddress) {
        jdbc.sql("""
                insert into audit_entry (occurred_at, actor_account_id, actor_name, actor_role, action, detail,
                    application_id, person_id, client_address)
                values (:at, :actor, :name, :role, :action, :detail, :application, :person, :address)""")
                .param("at", Timestamp.from(at)).param("actor", actorAccountId).param("name", actorName)
                .param("role", actorRole).param("action", action.name()).param("detail", detail)
                .param("application", applicationId).param("person", personId).param("address", clientAddress)
                .update();
    }

    /** Oldest first. */
    List<AuditEntry> forApplication(long applicationId) {
        return jdbc.sql("select * from audit_entry where application_id = :application order by id")
                .param("application", applicationId).query(AuditEntryStore::entry).list();
    }

    /** Newest first; {@code from} inclusive and {@code until} exclusive when given. */
    List<AuditEntry> search(@Nullable Long personId, @Nullable Long actorAccountId, @Nullable Instant from,
            @Nullable Instant until, long offset, int limit) {
        var where = where(personId, actorAccountId, from, until);
        var params = new TreeMap<String, Object>(where.params());
        params.put("offset", offset);
        params.put("limit", limit);
        return jdbc.sql("select * from audit_entry" + where.sql()
                        + " order by occurred_at desc, id desc offset :offset limit :limit")
                .params(params).query(AuditEntryStore::entry).list();
    }

    long count(@Nullable Long personId, @Nullable Long actorAccountId, @Nullable Instant from,
            @Nullable Instant until) {
        var where = where(personId, actorAccountId, from, until);
        return jdbc.sql("select count(*) from audit_entry" + where.sql()).params(where.params())
                .query(Long.class).single();
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(@Nullable Long personId, @Nullable Long actorAccountId, @Nullable Instant from,
            @Nullable Instant until) {
        var conditions = new ArrayList<String>();
        var params = new TreeMap<String, Object>();
        if (personId != null) {
            conditions.add("person_id = :person");
            params.put("person", personId);
        }
        if (actorAccountId != null) {
            conditions.add("actor_account_id = :actor");
            params.put("actor", actorAccountId);
        }
        if (from != null) {
            conditions.add("occurred_at >= :from");
            params.put("from", Timestamp.from(from));
        }
        if (until != null) {
            conditions.add("occurred_at < :until");
            params.put("until", Timestamp.from(until));
        }
        return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                rs.getLong("actor_account_id"), rs.getString("actor_name"), rs.getString("actor_role"),
                AuditedAction.valueOf(rs.getString("action")), rs.getObject("application_id", Long.class),
                rs.getObject("person_id", Long.class), rs.getString("detail"), rs.getString("client_address"));
    }
}
