package cn.liaocheng.jobs.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentFilesTests {

    private static final int TEN_MB = 10 * 1024 * 1024;

    @TempDir Path directory;

    private DocumentFiles files() {
        return new DocumentFiles(directory.toString());
    }

    private long filesLeft() throws IOException {
        try (Stream<Path> all = Files.walk(directory)) {
            return all.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void exactly_10_mb_is_accepted() throws IOException {
        var reception = files().receive(new ByteArrayInputStream(TestFiles.pdfOfSize(TEN_MB)), DocumentService.MAX_BYTES);

        assertThat(reception).isInstanceOfSatisfying(DocumentFiles.Reception.Arrived.class, arrived -> {
            assertThat(arrived.sizeBytes()).isEqualTo(TEN_MB);
            assertThat(arrived.type()).isEqualTo(DocumentType.PDF);
            assertThat(arrived.temporaryFile()).hasSize(TEN_MB);
        });
    }

    @Test
    void one_byte_over_10_mb_is_refused_and_leaves_no_file() throws IOException {
        var reception = files().receive(new ByteArrayInputStream(TestFiles.pdfOfSize(TEN_MB + 1)),
                DocumentService.MAX_BYTES);

        assertThat(reception).isEqualTo(new DocumentFiles.Reception.Refused(new UploadOutcome.TooLarge()));
        assertThat(filesLeft()).isZero();
    }

    @Test
    void a_client_that_never_stops_sending_is_cut_off_just_after_the_limit() throws IOException {
        var endless = new CountingEndlessPdf();

        var reception = files().receive(endless, DocumentService.MAX_BYTES);

        assertThat(reception).isEqualTo(new DocumentFiles.Reception.Refused(new UploadOutcome.TooLarge()));
        assertThat(endless.served).isLessThanOrEqualTo(DocumentService.MAX_BYTES + 64 * 1024);
        assertThat(filesLeft()).isZero();
    }

    @Test
    void a_wrong_type_is_refused_after_its_first_bytes_without_reading_the_rest() throws IOException {
        var exeThenEndless = new CountingEndlessPdf() {
            @Override
            public int read(byte[] b, int off, int len) {
                int n = super.read(b, off, len);
                if (served == n) {
                    b[off] = 'M';
                    b[off + 1] = 'Z';
                }
                return n;
            }
        };

        var reception = files().receive(exeThenEndless, DocumentService.MAX_BYTES);

        assertThat(reception).isEqualTo(new DocumentFiles.Reception.Refused(new UploadOutcome.WrongType()));
        assertThat(exeThenEndless.served).isLessThan(1024 * 1024);
        assertThat(filesLeft()).isZero();
    }

    @Test
    void an_empty_upload_is_refused() throws IOException {
        var reception = files().receive(InputStream.nullInputStream(), DocumentService.MAX_BYTES);

        assertThat(reception).isEqualTo(new DocumentFiles.Reception.Refused(new UploadOutcome.Empty()));
        assertThat(filesLeft()).isZero();
    }

    @Test
    void a_signature_arriving_one_byte_at_a_time_is_still_recognised() throws IOException {
        var png = TestFiles.png();
        var trickle = new ByteArrayInputStream(png) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1));
            }
        };

        var reception = files().receive(trickle, DocumentService.MAX_BYTES);

        assertThat(reception).isInstanceOfSatisfying(DocumentFiles.Reception.Arrived.class,
                arrived -> assertThat(arrived.type()).isEqualTo(DocumentType.PNG));
    }

    @Test
    void a_kept_file_is_named_by_the_id_only_and_the_sha256_is_of_its_bytes() throws IOException {
        var files = files();
        var jpeg = TestFiles.jpeg();
        var arrived = (DocumentFiles.Reception.Arrived) files.receive(new ByteArrayInputStream(jpeg),
                DocumentService.MAX_BYTES);
        var id = UUID.randomUUID();

        files.keep(arrived.temporaryFile(), id);

        assertThat(directory.resolve(id.toString())).hasBinaryContent(jpeg);
        assertThat(arrived.temporaryFile()).doesNotExist();
        assertThat(arrived.sha256()).isEqualTo(java.util.HexFormat.of().formatHex(
                sha256(jpeg)));
        assertThat(filesLeft()).isEqualTo(1);
    }

    @Test
    void a_broken_off_upload_leaves_no_half_file() {
        var breaksOff = new CountingEndlessPdf() {
            @Override
            public int read(byte[] b, int off, int len) {
                if (served > 100_000) {
                    throw new java.io.UncheckedIOException(new IOException("client went away"));
                }
                return super.read(b, off, len);
            }
        };

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> files().receive(breaksOff, DocumentService.MAX_BYTES))
                .isInstanceOf(java.io.UncheckedIOException.class);
        assertThat(directory.resolve("incoming")).isEmptyDirectory();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PDF that never ends, like a client that lied about its size; counts what it served. */
    private static class CountingEndlessPdf extends InputStream {
        long served;

        @Override
        public int read() {
            throw new UnsupportedOperationException("read in blocks");
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (served == 0) {
                var start = TestFiles.pdf();
                int n = Math.min(len, start.length);
                System.arraycopy(start, 0, b, off, n);
                served += n;
                return n;
            }
            int n = Math.min(len, 8192);
            served += n;
            return n;
        }
    }
}
