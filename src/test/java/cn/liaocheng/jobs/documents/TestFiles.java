package cn.liaocheng.jobs.documents;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** Real, tiny files of each accepted type, made the way a phone or office program would, and some impostors. */
public final class TestFiles {

    private TestFiles() {
    }

    /** A one-page PDF with its cross-reference table, as small as a valid PDF gets. */
    public static byte[] pdf() {
        var body = """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
                3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
                trailer << /Root 1 0 R /Size 4 >>
                %%EOF
                """;
        return body.getBytes(StandardCharsets.US_ASCII);
    }

    /** An 8×8 photo, encoded by the JDK's JPEG writer (JFIF, starts FF D8 FF E0). */
    public static byte[] jpeg() {
        return image("jpg", BufferedImage.TYPE_INT_RGB);
    }

    /** An 8×8 image, encoded by the JDK's PNG writer. */
    public static byte[] png() {
        return image("png", BufferedImage.TYPE_INT_ARGB);
    }

    /** The start of a Windows program: "MZ", then the DOS stub. */
    public static byte[] exe() {
        var bytes = new byte[256];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[2] = (byte) 0x90;
        var stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, bytes, 78, stub.length);
        return bytes;
    }

    public static byte[] html() {
        return "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] svg() {
        return """
                <?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">
                <rect width="10" height="10"/></svg>""".getBytes(StandardCharsets.UTF_8);
    }

    /** A zip archive (also what .docx files are): local file header "PK\3\4". */
    public static byte[] zip() {
        var out = new ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("plan.txt"));
            zip.write("经营计划".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A PDF signature followed by filler up to exactly {@code size} bytes. */
    public static byte[] pdfOfSize(int size) {
        var bytes = new byte[size];
        var start = pdf();
        System.arraycopy(start, 0, bytes, 0, Math.min(start.length, size));
        return bytes;
    }

    private static byte[] image(String format, int kind) {
        var image = new BufferedImage(8, 8, kind);
        var g = image.createGraphics();
        g.setColor(new Color(11, 79, 138));
        g.fillRect(0, 0, 8, 8);
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no " + format + " writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
