package cn.liaocheng.jobs.documents;

import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

/**
 * Sends a stored document to the browser, for an {@code Anchor}: always as a download with its real type and
 * {@code nosniff}, never as a page, so even a file that slipped through could not run in the portal's origin.
 * Who may have it is decided when the request arrives, not when the link was drawn; anyone else gets 404.
 */
public final class DocumentDownload implements DownloadHandler {

    private final SerializableSupplier<Optional<DocumentContent>> lookup;

    private DocumentDownload(SerializableSupplier<Optional<DocumentContent>> lookup) {
        this.lookup = lookup;
    }

    /** The signed-in uploader's own document ({@link DocumentService#open}). */
    public static DocumentDownload ofOwnDocument(DocumentService documents, UUID id) {
        return new DocumentDownload(() -> documents.open(id));
    }

    /**
     * For a capability that has checked access to the record referring to the document; pass its own checked
     * lookup, e.g. {@code () -> applications.document(applicationId, documentId)}.
     */
    public static DocumentDownload of(SerializableSupplier<Optional<DocumentContent>> lookup) {
        return new DocumentDownload(lookup);
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        var found = lookup.get();
        var response = event.getResponse();
        if (found.isEmpty()) {
            response.setStatus(404);
            return;
        }
        var content = found.get();
        var info = content.info();
        response.setContentType(info.type().mediaType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLengthLong(info.sizeBytes());
        // Quotes and backslashes would end the quoted name early; control characters were removed on upload.
        event.setFileName(info.displayName().replace('"', '\'').replace('\\', '_'));
        try (var in = content.openStream(); var out = event.getOutputStream()) {
            in.transferTo(out);
        }
    }
}
