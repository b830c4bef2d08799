package cn.liaocheng.jobs.documents;

import java.nio.file.Files;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Where a document's bytes are, for tests in other packages that must see a file go. The directory property holds a
 * random part that differs each time it is read, so only the portal's own {@link DocumentFiles} knows it.
 */
@Component
public class TestDocuments {

    private final DocumentFiles files;

    TestDocuments(DocumentFiles files) {
        this.files = files;
    }

    public boolean fileExists(UUID id) {
        return Files.exists(files.fileOf(id));
    }
}
