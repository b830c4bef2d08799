package cn.liaocheng.jobs.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A document that the caller may read. The file is opened only when {@link #openStream()} is called; the caller
 * closes that stream. Send it with {@code info().type().mediaType()} and as a download, never as a page.
 */
public final class DocumentContent {

    private final DocumentInfo info;
    private final Path file;

    DocumentContent(DocumentInfo info, Path file) {
        this.info = info;
        this.file = file;
    }

    public DocumentInfo info() {
        return info;
    }

    public InputStream openStream() throws IOException {
        return Files.newInputStream(file);
    }

    @Override
    public String toString() {
        return "DocumentContent[id=" + info.id() + "]";
    }
}
