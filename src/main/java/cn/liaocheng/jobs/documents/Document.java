package cn.liaocheng.jobs.documents;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A row of {@code documents_document}: what is known about one stored file; the bytes are on disk, named {@link #id}. */
@Table("documents_document")
record Document(
        @Id UUID id,
        long ownerAccountId,
        String mediaType,
        long sizeBytes,
        String sha256,
        String displayName,
        Instant createdAt,
        @Nullable Instant deletedAt,
        // The id is made here, not by the database, so Spring Data tells a new row by its version 0.
        @Version int version) {

    static Document create(UUID id, long ownerAccountId, DocumentType type, long sizeBytes, String sha256,
            String displayName, Instant now) {
        // PostgreSQL keeps microseconds; what we return must equal what a later read gives.
        return new Document(id, ownerAccountId, type.mediaType(), sizeBytes, sha256, displayName,
                now.truncatedTo(ChronoUnit.MICROS), null, 0);
    }

    boolean isOwnedBy(long accountId) {
        return ownerAccountId == accountId;
    }

    boolean isDeleted() {
        return deletedAt != null;
    }

    Document deleted(Instant now) {
        return new Document(id, ownerAccountId, mediaType, sizeBytes, sha256, displayName, createdAt, now, version);
    }

    DocumentInfo toInfo() {
        var type = DocumentType.fromMediaType(mediaType)
                .orElseThrow(() -> new IllegalStateException("unknown media type in documents_document"));
        return new DocumentInfo(id, type, sizeBytes, displayName, ownerAccountId, createdAt);
    }
}
