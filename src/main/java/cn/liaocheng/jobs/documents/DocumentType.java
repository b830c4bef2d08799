package cn.liaocheng.jobs.documents;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file the portal accepts, each recognised by the bytes it starts with. The name a file was given
 * decides nothing: a renamed program, web page or SVG starts with none of these signatures.
 */
public enum DocumentType {

    PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    /** How many bytes from the start of a file {@link #sniff} needs to see at most. */
    static final int SIGNATURE_BYTES = 16;

    private static final byte[] PNG_HEADER_CHUNK = {'I', 'H', 'D', 'R'};

    private final String mediaType;
    private final String extension;
    private final byte[] signature;

    DocumentType(String mediaType, String extension, byte[] signature) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.signature = signature;
    }

    /** The type for the {@code Content-Type} header when the file is sent back, e.g. {@code application/pdf}. */
    public String mediaType() {
        return mediaType;
    }

    /** The usual file extension without the dot, e.g. {@code jpg}. */
    public String extension() {
        return extension;
    }

    /** Translation key of the name people know it by: {@code document.type.pdf} → "PDF 文件". */
    public String messageKey() {
        return "document.type." + name().toLowerCase(Locale.ROOT);
    }

    /**
     * The type whose signature the first bytes of a file carry, or empty for anything else. {@code head} holds
     * the first {@code length} bytes of the file (all of it when the file is shorter than {@link #SIGNATURE_BYTES}).
     */
    static Optional<DocumentType> sniff(byte[] head, int length) {
        return Arrays.stream(values()).filter(type -> type.matches(head, length)).findFirst();
    }

    static Optional<DocumentType> fromMediaType(String mediaType) {
        return Arrays.stream(values()).filter(type -> type.mediaType.equals(mediaType)).findFirst();
    }

    private boolean matches(byte[] head, int length) {
        if (!startsWith(head, length, signature, 0)) {
            return false;
        }
        // A PNG's first chunk is always IHDR; eight lucky bytes alone are not an image.
        return this != PNG || startsWith(head, length, PNG_HEADER_CHUNK, 12);
    }

    private static boolean startsWith(byte[] head, int length, byte[] expected, int offset) {
        if (length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (head[offset + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
