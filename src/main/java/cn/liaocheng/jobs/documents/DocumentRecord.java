package cn.liaocheng.jobs.documents;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A document as this capability keeps it, for the uploader's copy of their data: what is known about the file, and
 * when it was deleted, if it was (the file itself is gone then; the row stays as the record of the upload).
 */
public record DocumentRecord(DocumentInfo info, @Nullable Instant deletedAt) {

    public boolean deleted() {
        return deletedAt != null;
    }
}
