package cn.liaocheng.jobs.nationalexport.ui;

import cn.liaocheng.jobs.nationalexport.ExportFormat;
import cn.liaocheng.jobs.nationalexport.ExportRequest;
import cn.liaocheng.jobs.nationalexport.NationalExportService;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Writes the export when the link is followed, not when it was drawn: the service checks the staff member again,
 * reads the records as they are now and records the download; someone no longer allowed gets 404.
 */
final class ExportDownload implements DownloadHandler {

    private final NationalExportService exports;
    private final ExportRequest request;
    private final ExportFormat format;

    ExportDownload(NationalExportService exports, ExportRequest request, ExportFormat format) {
        this.exports = exports;
        this.request = request;
        this.format = format;
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        var response = event.getResponse();
        final cn.liaocheng.jobs.nationalexport.ExportFile file;
        try {
            file = exports.export(request, format);
        } catch (AccessDeniedException refused) {
            response.setStatus(404);
            return;
        }
        // Names and numbers in full: no copy in a browser's or a proxy's cache.
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        event.setFileName(file.fileName());
        event.setContentType(format.mediaType());
        event.setContentLength(file.content().length);
        try (var out = event.getOutputStream()) {
            out.write(file.content());
        }
    }
}
