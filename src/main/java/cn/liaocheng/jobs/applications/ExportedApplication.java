package cn.liaocheng.jobs.applications;

import cn.liaocheng.jobs.applications.Application.Submitter;
import cn.liaocheng.jobs.applications.FormDefinition.FormKind;
import cn.liaocheng.jobs.documents.DocumentInfo;
import cn.liaocheng.jobs.shared.LocalizedText;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One application of the signed-in account's own person, as stored, for their copy of their data: drafts too,
 * whoever started them, with every answer, the status history and the files the answers refer to.
 *
 * @param startedBySelf  the person's own account started it; otherwise someone who helps them did
 */
public record ExportedApplication(long id, @Nullable String reference, LocalizedText offerTitle, FormKind form,
        ApplicationStatus status, Instant createdAt, Instant updatedAt, @Nullable Instant submittedAt,
        @Nullable Submitter submittedBy, boolean startedBySelf, @Nullable Instant sensitiveDataDeletedAt,
        List<ExportedAnswer> answers, List<StatusChange> history, List<DocumentInfo> documents) {

    public ExportedApplication {
        answers = List.copyOf(answers);
        history = List.copyOf(history);
        documents = List.copyOf(documents);
    }
}
