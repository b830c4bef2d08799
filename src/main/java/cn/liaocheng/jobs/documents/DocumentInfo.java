package cn.liaocheng.jobs.documents;

import java.time.Instant;
import java.util.UUID;

/**
 * What may be shown about a stored document. {@code displayName} is the person's own file name, cleaned; it can
 * be personal ("王芳残疾人证.jpg"), so show it only to people who may see the document, and never log it.
 */
public record DocumentInfo(UUID id, DocumentType type, long sizeBytes, String displayName, long uploadedBy,
        Instant uploadedAt) {
}
