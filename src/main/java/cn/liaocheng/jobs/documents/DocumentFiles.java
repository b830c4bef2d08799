package cn.liaocheng.jobs.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The directory that holds the documents' bytes, one file per document named by its id. Nothing the person sent
 * is used to name or place a file. It is outside the web server's static locations, so a file can only be read
 * through {@link DocumentService}, which checks who is asking.
 */
@Component
class DocumentFiles {

    /** What came in: kept in a temporary file until it gets its final name, or refused with nothing left behind. */
    sealed interface Reception {
        record Arrived(Path temporaryFile, DocumentType type, long sizeBytes, String sha256) implements Reception {
        }

        record Refused(UploadOutcome outcome) implements Reception {
        }
    }

    private final Path directory;
    private final Path incoming;

    DocumentFiles(@Value("${portal.documents.directory}") String directory) {
        this.directory = Path.of(directory).toAbsolutePath().normalize();
        // Half-received files wait here, on the same disk, so that moving a complete one into place is atomic.
        this.incoming = this.directory.resolve("incoming");
    }

    Path directory() {
        return directory;
    }

    /**
     * Streams {@code content} into a temporary file, counting and hashing as it goes. Stops reading as soon as the
     * first bytes show a type we do not take, or when more than {@code maxBytes} arrived: the size the client
     * announced is never trusted.
     */
    Reception receive(InputStream content, long maxBytes) throws IOException {
        Files.createDirectories(incoming);
        var temporary = Files.createTempFile(incoming, "upload-", ".part");
        boolean keepTemporary = false;
        try {
            var digest = sha256();
            var head = new byte[DocumentType.SIGNATURE_BYTES];
            int headLength = 0;
            DocumentType type = null;
            long size = 0;
            var buffer = new byte[64 * 1024];
            try (var out = Files.newOutputStream(temporary)) {
                int read;
                while ((read = content.read(buffer)) != -1) {
                    size += read;
                    if (size > maxBytes) {
                        return new Reception.Refused(new UploadOutcome.TooLarge());
                    }
                    if (type == null) {
                        int copy = Math.min(read, head.length - headLength);
                        System.arraycopy(buffer, 0, head, headLength, copy);
                        headLength += copy;
                        if (headLength == head.length) {
                            var sniffed = DocumentType.sniff(head, headLength);
                            if (sniffed.isEmpty()) {
                                return new Reception.Refused(new UploadOutcome.WrongType());
                            }
                            type = sniffed.get();
                        }
                    }
                    digest.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                }
            }
            if (size == 0) {
                return new Reception.Refused(new UploadOutcome.Empty());
            }
            if (type == null) { // shorter than the head: decide on what there is
                var sniffed = DocumentType.sniff(head, headLength);
                if (sniffed.isEmpty()) {
                    return new Reception.Refused(new UploadOutcome.WrongType());
                }
                type = sniffed.get();
            }
            keepTemporary = true;
            return new Reception.Arrived(temporary, type, size, HexFormat.of().formatHex(digest.digest()));
        } finally {
            if (!keepTemporary) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /** Gives a complete temporary file its final name in one step, so no reader ever sees half a file. */
    void keep(Path temporaryFile, UUID id) throws IOException {
        var target = fileOf(id);
        try {
            Files.move(temporaryFile, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporaryFile, target);
        }
    }

    void discard(Path temporaryFile) throws IOException {
        Files.deleteIfExists(temporaryFile);
    }

    Path fileOf(UUID id) {
        // UUID.toString() is hex digits and dashes only: it cannot climb out of the directory.
        return directory.resolve(id.toString());
    }

    void remove(UUID id) throws IOException {
        Files.deleteIfExists(fileOf(id));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
