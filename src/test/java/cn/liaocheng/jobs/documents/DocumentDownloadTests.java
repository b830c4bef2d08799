package cn.liaocheng.jobs.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentDownloadTests {

    @TempDir Path directory;

    private final VaadinResponse response = mock(VaadinResponse.class);
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    private DownloadEvent event() throws IOException {
        when(response.getOutputStream()).thenReturn(body);
        return new DownloadEvent(mock(VaadinRequest.class), response, mock(VaadinSession.class), null);
    }

    private DocumentContent content(byte[] bytes, DocumentType type, String name) throws IOException {
        var file = Files.write(directory.resolve(UUID.randomUUID().toString()), bytes);
        return new DocumentContent(new DocumentInfo(UUID.randomUUID(), type, bytes.length, name, 1L, Instant.now()),
                file);
    }

    @Test
    void a_document_is_sent_as_a_download_with_its_real_type_and_no_sniffing() throws IOException {
        var pdf = content(TestFiles.pdf(), DocumentType.PDF, "经营计划.jpg");

        DocumentDownload.of(() -> Optional.of(pdf)).handleDownloadRequest(event());

        assertThat(body.toByteArray()).isEqualTo(TestFiles.pdf());
        verify(response).setContentType("application/pdf");
        verify(response).setHeader("X-Content-Type-Options", "nosniff");
        verify(response).setHeader(eq("Content-Disposition"), startsWith("attachment;"));
    }

    @Test
    void a_document_the_lookup_does_not_give_is_not_found_and_nothing_is_sent() throws IOException {
        DocumentDownload.of(Optional::empty).handleDownloadRequest(event());

        verify(response).setStatus(404);
        verify(response, never()).setHeader(eq("Content-Disposition"), anyString());
        assertThat(body.toByteArray()).isEmpty();
    }
}
