package cn.liaocheng.jobs.documents;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadResult;
import java.io.IOException;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives the file for a {@link DocumentUploadField}. Runs in the upload's own request, outside the session lock,
 * so a slow upload never freezes the page; it talks to the field only through {@code UI.access}.
 */
final class DocumentUploadHandler implements UploadHandler {

    private static final Logger log = LoggerFactory.getLogger(DocumentUploadHandler.class);

    private final DocumentUploadField field;
    private final DocumentService documents;

    DocumentUploadHandler(DocumentUploadField field, DocumentService documents) {
        this.field = field;
        this.documents = documents;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) {
        var ui = event.getUI();
        UploadOutcome outcome;
        try (var content = new ProgressSteps(event.getInputStream(), event.getFileSize(),
                percent -> ui.access(() -> field.progressed(percent)))) {
            // A hand-made request may leave the name out; the name is only ever shown.
            outcome = documents.store(content, Objects.requireNonNullElse(event.getFileName(), ""));
        } catch (IOException | RuntimeException e) {
            // Neither the file's name nor its content: both can be personal.
            log.warn("A document upload did not complete: {}", e.getClass().getName());
            ui.access(field::failed);
            return;
        }
        ui.access(() -> field.finished(outcome));
    }

    @Override
    public void responseHandled(UploadResult result) {
        // Upload turns away a file whose name or announced type is not PDF, JPG or PNG before handleUploadRequest
        // runs (only possible when the browser's own check was bypassed); say so all the same.
        var ui = field.attachedUi();
        if (!result.rejectedFiles().isEmpty() && ui != null) {
            ui.access(() -> field.finished(new UploadOutcome.WrongType()));
        }
    }
}
