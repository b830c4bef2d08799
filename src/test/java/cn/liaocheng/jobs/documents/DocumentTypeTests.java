package cn.liaocheng.jobs.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocumentTypeTests {

    private static Optional<DocumentType> sniff(byte[] file) {
        var head = Arrays.copyOf(file, DocumentType.SIGNATURE_BYTES);
        return DocumentType.sniff(head, Math.min(file.length, DocumentType.SIGNATURE_BYTES));
    }

    @Test
    void real_pdf_jpeg_and_png_files_are_recognised_by_their_content() {
        assertThat(sniff(TestFiles.pdf())).contains(DocumentType.PDF);
        assertThat(sniff(TestFiles.jpeg())).contains(DocumentType.JPEG);
        assertThat(sniff(TestFiles.png())).contains(DocumentType.PNG);
    }

    @Test
    void programs_web_pages_svg_and_zip_archives_are_not_documents() {
        assertThat(sniff(TestFiles.exe())).isEmpty();
        assertThat(sniff(TestFiles.html())).isEmpty();
        assertThat(sniff(TestFiles.svg())).isEmpty();
        assertThat(sniff(TestFiles.zip())).isEmpty();
    }

    @Test
    void a_png_signature_without_its_header_chunk_is_not_an_image() {
        var signatureOnly = Arrays.copyOf(TestFiles.png(), 8);

        assertThat(sniff(signatureOnly)).isEmpty();
    }

    @Test
    void a_signature_that_is_cut_short_is_not_enough() {
        assertThat(sniff(new byte[] {'%', 'P', 'D', 'F'})).isEmpty();
        assertThat(sniff(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEmpty();
        assertThat(sniff(new byte[0])).isEmpty();
    }

    @Test
    void the_signature_must_be_at_the_start_not_somewhere_inside() {
        var html = "<html>%PDF-1.4".getBytes();

        assertThat(sniff(html)).isEmpty();
    }

    @Test
    void each_type_knows_its_media_type_and_translation_key() {
        assertThat(DocumentType.PDF.mediaType()).isEqualTo("application/pdf");
        assertThat(DocumentType.JPEG.mediaType()).isEqualTo("image/jpeg");
        assertThat(DocumentType.PNG.mediaType()).isEqualTo("image/png");
        assertThat(DocumentType.JPEG.messageKey()).isEqualTo("document.type.jpeg");
        assertThat(DocumentType.fromMediaType("image/svg+xml")).isEmpty();
    }
}
