package cn.liaocheng.jobs.applications;

import cn.liaocheng.jobs.accounts.PortalUser;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.catalogue.Offer;
import cn.liaocheng.jobs.documents.DocumentService;
import cn.liaocheng.jobs.documents.TestFiles;
import cn.liaocheng.jobs.documents.UploadOutcome;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Drafts for tests, made the way a person makes them: signed in as {@code account}, through the service. Leaves
 * {@code account} signed in.
 */
@Component
public class TestApplications {

    private final ApplicationService applications;
    private final DocumentService documents;

    TestApplications(ApplicationService applications, DocumentService documents) {
        this.applications = applications;
        this.documents = documents;
    }

    /** A new draft with only the pre-filled answers. */
    public long draft(PortalUser account, long personId, Offer offer) {
        TestAccounts.signIn(account);
        var outcome = applications.start(offer.slug(), personId);
        if (!(outcome instanceof StartOutcome.Started started)) {
            throw new IllegalStateException("could not start: " + outcome);
        }
        return started.applicationId();
    }

    /**
     * A draft with every question answered validly ("no" to every yes/no), ready for check-your-answers; a document
     * question gets a small photo uploaded by {@code account}.
     */
    public long completeDraft(PortalUser account, long personId, Offer offer) {
        long id = draft(account, personId, offer);
        var details = applications.find(id).orElseThrow();
        int version = details.application().version();
        for (var step : details.form().steps()) {
            var answers = valid(step);
            for (var question : step.questions()) {
                if (question.type() == QuestionType.DOCUMENT) {
                    answers = answers.with(question.id(), upload(account, "证件.png").toString());
                }
            }
            var saved = applications.save(id, version, step.id(), answers);
            version = ((SaveOutcome.Saved) saved).version();
        }
        return id;
    }

    /** A PNG uploaded by {@code account}, which stays signed in; its document id. */
    public java.util.UUID upload(PortalUser account, String name) {
        TestAccounts.signIn(account);
        var outcome = documents.store(new ByteArrayInputStream(TestFiles.png()), name);
        return ((UploadOutcome.Stored) outcome).document().id();
    }

    /** The version as {@code account} sees it; leaves {@code account} signed in. */
    public int version(PortalUser account, long id) {
        TestAccounts.signIn(account);
        return version(id);
    }

    public int version(long id) {
        return applications.find(id).orElseThrow().application().version();
    }

    /** Answers every question of the step would accept. */
    public static Answers valid(Step step) {
        var values = new LinkedHashMap<String, Object>();
        step.questions().forEach(q -> {
            switch (q.type()) {
                case SHORT_TEXT -> values.put(q.id(), "测试");
                case LONG_TEXT -> values.put(q.id(), "测试内容");
                case NUMBER -> values.put(q.id(), String.valueOf(q.min() == null ? 1 : q.min()));
                case PHONE -> values.put(q.id(), "13800000000");
                case SINGLE_CHOICE -> values.put(q.id(), q.choices().getFirst().code());
                case MULTIPLE_CHOICE -> values.put(q.id(), List.of(q.choices().getFirst().code()));
                case YES_NO -> values.put(q.id(), Answers.NO);
                case DATE -> values.put(q.id(), q.dates() == Question.DateRule.NOT_IN_PAST ? "2099-01-01" : "2020-01-01");
                case DOCUMENT -> { }
            }
        });
        return Answers.of(values);
    }
}
