package cn.liaocheng.jobs.documents;

import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;
import java.util.function.Function;

/** Upload's own texts in the page's language, so nothing in it is left in English on a Chinese page. */
final class UploadTexts {

    private UploadTexts() {
    }

    static UploadI18N of(Function<String, String> translate) {
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(translate.apply("document.upload.choose"))
                .setMany(translate.apply("document.upload.choose")));
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(translate.apply("document.upload.drop"))
                .setMany(translate.apply("document.upload.drop")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(translate.apply("document.upload.one-file"))
                .setFileIsTooBig(translate.apply("document.upload.too-large"))
                .setIncorrectFileType(translate.apply("document.upload.wrong-type")));
        i18n.setFile(new UploadI18N.File()
                .setRetry(translate.apply("document.upload.retry"))
                .setStart(translate.apply("document.upload.start"))
                .setRemove(translate.apply("document.upload.remove")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(translate.apply("document.upload.status.connecting"))
                        .setStalled(translate.apply("document.upload.status.stalled"))
                        .setProcessing(translate.apply("document.upload.status.processing"))
                        .setHeld(translate.apply("document.upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(translate.apply("document.upload.remaining"))
                        .setUnknown(translate.apply("document.upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(translate.apply("document.upload.failed"))
                        .setUnexpectedServerError(translate.apply("document.upload.failed"))
                        .setForbidden(translate.apply("document.upload.failed"))
                        .setFileTooLarge(translate.apply("document.upload.too-large"))));
        // 1024-based, like the limit: the browser's "10 MB" is then the same 10 × 1024 × 1024 bytes.
        i18n.setUnits(List.of("B", "KB", "MB", "GB", "TB"), 1024);
        return i18n;
    }
}
