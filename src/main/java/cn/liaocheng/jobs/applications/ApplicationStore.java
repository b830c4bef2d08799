package cn.liaocheng.jobs.applications;

import cn.liaocheng.jobs.applications.Application.Submitter;
import cn.liaocheng.jobs.applications.FormDefinition.FormKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import cn.liaocheng.jobs.platform.SensitiveDataCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The applications tables, in plain SQL: saving and submitting are each one conditional statement, so that two tabs
 * or a double tap can never both succeed. Answers are JSON encrypted with the platform's {@link SensitiveDataCipher}:
 * they hold support needs and other health details copied from the profile.
 */
@Repository
class ApplicationStore {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final SensitiveDataCipher cipher;

    ApplicationStore(JdbcClient jdbc, JsonMapper json, SensitiveDataCipher cipher) {
        this.jdbc = jdbc;
        this.json = json;
        this.cipher = cipher;
    }

    long insertDraft(long offerId, String offerSlug, FormKind form, long personId, long createdBy, Answers answers,
            String firstStep, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into applications_application
                    (offer_id, offer_slug, form, person_id, created_by, answers, current_step, created_at, updated_at)
                values (:offer, :slug, :form, :person, :createdBy, :answers, :step, :now, :now)""")
                .param("offer", offerId).param("slug", offerSlug).param("form", form.name())
                .param("person", personId).param("createdBy", createdBy).param("answers", seal(answers))
                .param("step", firstStep).param("now", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    Optional<Application> find(long id) {
        return jdbc.sql("select * from applications_application where id = :id").param("id", id)
                .query(this::application).optional();
    }

    /**
     * The newest draft this person has for this offer, so that "apply" twice resumes instead of starting over; with
     * {@code createdBy}, only a draft that account started.
     */
    Optional<Application> findDraft(long offerId, long personId, @Nullable Long createdBy) {
        return jdbc.sql("""
                select * from applications_application
                where offer_id = :offer and person_id = :person and status = 'DRAFT'
                  and (cast(:createdBy as bigint) is null or created_by = :createdBy)
                order by updated_at desc limit 1""")
                .param("offer", offerId).param("person", personId).param("createdBy", createdBy)
                .query(this::application).optional();
    }

    List<Application> findFor(Collection<Long> personIds) {
        return jdbc.sql("""
                select * from applications_application
                where person_id = any(:people)
                order by updated_at desc""")
                .param("people", personIds.toArray(Long[]::new))
                .query(this::application).list();
    }

    /**
     * Merges one step's answers into a draft, only if nobody saved in between and it is still a draft.
     *
     * @return the new version, or empty when the version or status did not match
     */
    Optional<Integer> saveAnswers(long id, int version, Answers stepAnswers, String step, Instant now) {
        // Encrypted answers cannot be merged by the database: read, merge here, and write back only if the version
        // is still the one read. A save racing this one waits for the row lock, then finds the version changed.
        var stored = jdbc.sql("""
                select answers from applications_application
                where id = :id and version = :version and status in ('DRAFT', 'MORE_INFO_NEEDED')""")
                .param("id", id).param("version", version).query(String.class).optional();
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        var merged = open(stored.get()).withAll(stepAnswers);
        return jdbc.sql("""
                update applications_application
                set answers = :answers, current_step = :step, version = version + 1, updated_at = :now
                where id = :id and version = :version and status in ('DRAFT', 'MORE_INFO_NEEDED')
                returning version""")
                .param("answers", seal(merged)).param("step", step).param("now", Timestamp.from(now))
                .param("id", id).param("version", version)
                .query(Integer.class).optional();
    }

    /**
     * Turns a draft into a submitted application in one statement: the reference comes from the sequence only for
     * the one statement that finds the draft in this version. A second submit waits for the first's row lock, then
     * finds no draft and changes nothing.
     *
     * @return the new reference, or empty when it was not a draft in this version any more
     */
    Optional<String> submit(long id, int version, Answers answers, Submitter submitter, int year, Instant now) {
        return jdbc.sql("""
                update applications_application
                set status = 'SUBMITTED', answers = :answers,
                    reference = 'LC-' || :year || '-' || lpad(nextval('applications_reference_seq')::text, 6, '0'),
                    submitted_by = :by, submitted_by_name = :name, submitted_by_relationship = :relationship,
                    submitted_at = :now, updated_at = :now, version = version + 1
                where id = :id and version = :version and status = 'DRAFT'
                returning reference""")
                .param("answers", seal(answers)).param("year", String.valueOf(year))
                .param("by", submitter.accountId()).param("name", submitter.name())
                .param("relationship", submitter.relationship()).param("now", Timestamp.from(now))
                .param("id", id).param("version", version)
                .query(String.class).optional();
    }

    /**
     * Sends an application back to review after the applicant answered what staff asked for: same reference, one
     * statement, so a second press changes nothing.
     */
    Optional<String> resubmit(long id, int version, Answers answers, Instant now) {
        return jdbc.sql("""
                update applications_application
                set status = 'IN_REVIEW', answers = :answers, updated_at = :now, version = version + 1
                where id = :id and version = :version and status = 'MORE_INFO_NEEDED'
                returning reference""")
                .param("answers", seal(answers)).param("now", Timestamp.from(now))
                .param("id", id).param("version", version)
                .query(String.class).optional();
    }

    /** Moves a submitted application on, only from the status the caller saw. */
    boolean changeStatus(long id, ApplicationStatus from, ApplicationStatus to, Instant now) {
        return jdbc.sql("""
                update applications_application set status = :to, updated_at = :now, version = version + 1
                where id = :id and status = :from""")
                .param("to", to.name()).param("from", from.name()).param("now", Timestamp.from(now)).param("id", id)
                .update() == 1;
    }

    void recordStatusChange(long id, ApplicationStatus from, ApplicationStatus to, @Nullable String reason,
            long changedBy, Instant now) {
        jdbc.sql("""
                insert into applications_status_change (application_id, from_status, to_status, reason, changed_by, changed_at)
                values (:id, :from, :to, :reason, :by, :now)""")
                .param("id", id).param("from", from.name()).param("to", to.name()).param("reason", reason)
                .param("by", changedBy).param("now", Timestamp.from(now)).update();
    }

    List<StatusChange> history(long id) {
        return jdbc.sql("""
                select from_status, to_status, reason, changed_by, changed_at, step from applications_status_change
                where application_id = :id order by changed_at, id""")
                .param("id", id)
                .query((rs, n) -> new StatusChange(ApplicationStatus.valueOf(rs.getString("from_status")),
                        ApplicationStatus.valueOf(rs.getString("to_status")), rs.getString("reason"),
                        rs.getLong("changed_by"), rs.getTimestamp("changed_at").toInstant(), step(rs.getString("step"))))
                .list();
    }

    /** A partner's step in the history: the status stays as it is, so from and to are both {@code status}. */
    void recordPartnerStep(long id, ApplicationStatus status, PartnerStep step, @Nullable String detail,
            long changedBy, Instant now) {
        jdbc.sql("""
                insert into applications_status_change
                    (application_id, from_status, to_status, reason, changed_by, changed_at, step)
                values (:id, :status, :status, :reason, :by, :now, :step)""")
                .param("id", id).param("status", status.name()).param("reason", detail).param("by", changedBy)
                .param("now", Timestamp.from(now)).param("step", step.name()).update();
    }

    void notifyOfStep(long accountId, long applicationId, ApplicationStatus status, PartnerStep step, Instant now) {
        jdbc.sql("""
                insert into applications_notification (account_id, application_id, status, created_at, step)
                values (:account, :application, :status, :now, :step)""")
                .param("account", accountId).param("application", applicationId).param("status", status.name())
                .param("now", Timestamp.from(now)).param("step", step.name()).update();
    }

    private static @Nullable PartnerStep step(@Nullable String name) {
        return name == null ? null : PartnerStep.valueOf(name);
    }

    /** One notification as stored, with what the list needs from its application. */
    record NotificationRow(long id, long applicationId, long personId, long createdBy, @Nullable String reference,
            String offerSlug, ApplicationStatus status, Instant createdAt, boolean read, @Nullable PartnerStep step) {
    }

    void notify(long accountId, long applicationId, ApplicationStatus status, Instant now) {
        jdbc.sql("""
                insert into applications_notification (account_id, application_id, status, created_at)
                values (:account, :application, :status, :now)""")
                .param("account", accountId).param("application", applicationId).param("status", status.name())
                .param("now", Timestamp.from(now)).update();
    }

    List<NotificationRow> notificationsFor(long accountId, int limit) {
        return jdbc.sql("""
                select n.id, n.application_id, a.person_id, a.created_by, a.reference, a.offer_slug, n.status,
                       n.created_at, n.read_at, n.step
                from applications_notification n join applications_application a on a.id = n.application_id
                where n.account_id = :account order by n.created_at desc, n.id desc limit :limit""")
                .param("account", accountId).param("limit", limit)
                .query((rs, n) -> new NotificationRow(rs.getLong("id"), rs.getLong("application_id"),
                        rs.getLong("person_id"), rs.getLong("created_by"), rs.getString("reference"), rs.getString("offer_slug"),
                        ApplicationStatus.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("read_at") != null, step(rs.getString("step"))))
                .list();
    }

    void markNotificationsRead(long accountId, Instant now) {
        jdbc.sql("update applications_notification set read_at = :now where account_id = :account and read_at is null")
                .param("now", Timestamp.from(now)).param("account", accountId).update();
    }

    /** The helper no longer hears about the person's applications; what they were told before goes too. */
    int forgetNotifications(long accountId, long personId) {
        return jdbc.sql("""
                delete from applications_notification
                where account_id = :account
                  and application_id in (select id from applications_application where person_id = :person)""")
                .param("account", accountId).param("person", personId).update();
    }

    /** Marks the person's sent applications, once: the first request's time is kept. */
    int flagSensitiveDataDeleted(long personId, Instant now) {
        return jdbc.sql("""
                update applications_application set sensitive_data_deleted_at = :now, updated_at = :now
                where person_id = :person and status <> 'DRAFT' and sensitive_data_deleted_at is null""")
                .param("now", Timestamp.from(now)).param("person", personId).update();
    }

    /** Takes the given answers out of the person's drafts; the version changes so an open page cannot put them back. */
    int removeFromDrafts(long personId, Collection<String> questionIds, Instant now) {
        record Draft(long id, int version, Answers answers) {
        }
        var drafts = jdbc.sql("""
                select id, version, answers from applications_application
                where person_id = :person and status = 'DRAFT' for update""")
                .param("person", personId)
                .query((rs, n) -> new Draft(rs.getLong("id"), rs.getInt("version"), open(rs.getString("answers"))))
                .list();
        int changed = 0;
        for (var draft : drafts) {
            var keep = new java.util.ArrayList<>(draft.answers().asMap().keySet());
            if (!keep.removeAll(questionIds)) {
                continue;
            }
            changed += jdbc.sql("""
                    update applications_application set answers = :answers, version = version + 1, updated_at = :now
                    where id = :id and version = :version""")
                    .param("answers", seal(draft.answers().only(keep))).param("now", Timestamp.from(now))
                    .param("id", draft.id()).param("version", draft.version()).update();
        }
        return changed;
    }

    /** Every notification of the account, newest first: for its copy of its data. */
    List<NotificationRow> allNotificationsFor(long accountId) {
        return notificationsFor(accountId, Integer.MAX_VALUE);
    }

    /** The person's drafts, whoever started them; with {@code createdBy}, only the drafts that account started. */
    List<Application> drafts(long personId, @Nullable Long createdBy) {
        return jdbc.sql("""
                select * from applications_application
                where person_id = :person and status = 'DRAFT'
                  and (cast(:createdBy as bigint) is null or created_by = :createdBy)
                order by id for update""")
                .param("person", personId).param("createdBy", createdBy)
                .query(this::application).list();
    }

    /** Deletes drafts (never a sent application); their history and notifications go with them. */
    int deleteDrafts(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("delete from applications_application where id = any(:ids) and status = 'DRAFT'")
                .param("ids", ids.toArray(Long[]::new)).update();
    }

    /**
     * Which of these document ids any stored application still refers to. Answers are encrypted, so this reads
     * every application's answers; it runs only when someone deletes their data, which is rare.
     */
    Set<String> stillReferenced(Set<String> documentIds) {
        return referencedByOthers(documentIds, null);
    }

    /** As {@link #stillReferenced}, counting only applications of people other than {@code personId}. */
    Set<String> referencedByOthers(Set<String> documentIds, @Nullable Long personId) {
        var referenced = new HashSet<String>();
        if (documentIds.isEmpty()) {
            return referenced;
        }
        jdbc.sql("select answers from applications_application where cast(:person as bigint) is null or person_id <> :person")
                .param("person", personId).query((RowCallbackHandler) rs -> {
                    for (var id : documentIdsIn(open(rs.getString("answers")))) {
                        if (documentIds.contains(id)) {
                            referenced.add(id);
                        }
                    }
                });
        return referenced;
    }

    /** Every answer that is a document id: the ids are made by the server, so nothing typed looks like one by chance. */
    static Set<String> documentIdsIn(Answers answers) {
        return answers.asMap().keySet().stream().flatMap(id -> answers.values(id).stream())
                .filter(AnswerRules::isDocumentId).collect(Collectors.toSet());
    }

    /** Takes answers naming these documents out of the person's drafts; the version changes, as in removeFromDrafts. */
    int removeDocumentsFromDrafts(long personId, Set<String> documentIds, Instant now) {
        int changed = 0;
        for (var draft : drafts(personId, null)) {
            var keep = draft.answers().asMap().keySet().stream()
                    .filter(id -> draft.answers().values(id).stream().noneMatch(documentIds::contains)).toList();
            if (keep.size() == draft.answers().asMap().size()) {
                continue;
            }
            changed += jdbc.sql("""
                    update applications_application set answers = :answers, version = version + 1, updated_at = :now
                    where id = :id and version = :version""")
                    .param("answers", seal(draft.answers().only(keep))).param("now", Timestamp.from(now))
                    .param("id", draft.id()).param("version", draft.version()).update();
        }
        return changed;
    }

    /**
     * The person's sent applications stay as the federation's record when their profile is deleted: with the time of
     * the deletion and the applicant's name, since the profile the record pointed to is gone.
     */
    int keepAsRecord(long personId, String applicantName, Instant now) {
        return jdbc.sql("""
                update applications_application
                set person_deleted_at = :now, applicant_name = :name, version = version + 1
                where person_id = :person and status <> 'DRAFT' and person_deleted_at is null""")
                .param("now", Timestamp.from(now)).param("name", applicantName).param("person", personId).update();
    }

    /** Every application past its draft, oldest submission first. */
    List<Application> sent() {
        return jdbc.sql("select * from applications_application where status <> 'DRAFT' order by submitted_at, id")
                .query(this::application).list();
    }

    /** Sent applications kept as the record after their person deleted their account, oldest change first. */
    List<Application> keptRecords() {
        return jdbc.sql("select * from applications_application where person_deleted_at is not null order by updated_at")
                .query(this::application).list();
    }

    /** Deletes kept records whose retention ended; their history and notifications go with them. */
    /**
     * Deletes those of the kept records that are still there and returns their ids. When two instances run the
     * nightly job at once, the second waits for the first one's row locks and then finds nothing left to delete.
     */
    List<Long> deleteKeptRecords(Collection<Long> ids) {
        return jdbc.sql("""
                delete from applications_application where id = any(:ids) and person_deleted_at is not null
                returning id""").param("ids", ids.toArray(Long[]::new)).query(Long.class).list();
    }

    /** Nobody hears about the person's applications any more: their own account and helpers alike. */
    int forgetNotificationsAbout(long personId) {
        return jdbc.sql("""
                delete from applications_notification
                where application_id in (select id from applications_application where person_id = :person)""")
                .param("person", personId).update();
    }

    int forgetNotificationsOf(long accountId) {
        return jdbc.sql("delete from applications_notification where account_id = :account")
                .param("account", accountId).update();
    }

    private Application application(ResultSet rs, int row) throws SQLException {
        long submittedBy = rs.getLong("submitted_by");
        var submitter = rs.wasNull() ? null : new Submitter(submittedBy, rs.getString("submitted_by_name"),
                rs.getString("submitted_by_relationship"));
        var submittedAt = rs.getTimestamp("submitted_at");
        return new Application(rs.getLong("id"), rs.getInt("version"), rs.getLong("offer_id"),
                rs.getString("offer_slug"), FormKind.valueOf(rs.getString("form")), rs.getLong("person_id"),
                rs.getLong("created_by"), ApplicationStatus.valueOf(rs.getString("status")),
                open(rs.getString("answers")), rs.getString("current_step"),
                rs.getString("reference"), submitter, submittedAt == null ? null : submittedAt.toInstant(),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                Optional.ofNullable(rs.getTimestamp("sensitive_data_deleted_at")).map(Timestamp::toInstant).orElse(null));
    }

    private String seal(Answers answers) {
        return cipher.encrypt(json.writeValueAsString(answers.asMap()));
    }

    private Answers open(String sealed) {
        return Answers.of(json.readValue(cipher.decrypt(sealed), MAP));
    }
}
