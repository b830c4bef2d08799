package cn.liaocheng.jobs.documents;

import cn.liaocheng.jobs.shell.Announcer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.function.SerializableFunction;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A form field for one document: a visible label, the hint "PDF、JPG 或 PNG，不超过 10 MB", a 选择文件 button and,
 * once a file is in, its name (a link that downloads it) and size with a 删除 button. The value is the document's id, so a form binds it with
 * {@code Binder} like any other field ({@code asRequired} shows its message here and in the shell's ErrorSummary).
 * <p>
 * Progress and the result are announced through the shell's {@link Announcer}: "正在上传 …", "已上传 50%",
 * "上传完成：…", or what was wrong with the file. Whether a file is taken is decided by {@link DocumentService}
 * from its content; the type and size limits given to the browser only spare people a pointless wait.
 * <p>
 * A value set by the form is shown only if the signed-in person uploaded that document, unless the form calls
 * {@link #showDocumentsTheFormCheckedAccessTo()}. 删除 deletes a document that was uploaded in this field
 * during this visit; a document the form loaded from its record is only taken out of the field.
 */
public class DocumentUploadField extends CustomField<@Nullable UUID> {

    /** How often the page asks for news while a file is on its way; only then. */
    static final int POLL_MILLIS = 2000;

    private final DocumentService documents;
    private final Announcer announcer;
    private final Upload upload = new Upload();
    private final Button choose;
    private final Div file = new Div();
    private final Anchor fileName = new Anchor();
    private final Span fileFacts = new Span();
    private final Button remove;
    private final Div missing = new Div();
    private final Set<UUID> uploadedHere = new HashSet<>();
    private @Nullable UUID value;
    private @Nullable DocumentInfo shown;
    private boolean accessCheckedByForm;
    private @Nullable SerializableFunction<UUID, Optional<DocumentContent>> checkedOpen;
    private @Nullable UI ui;
    private boolean polling;
    private int pollIntervalBefore = -1;
    // The browser reports "upload-start" in its own request, which can reach us after the upload itself (a
    // separate request) has already been handled; counting both keeps "正在上传" from replacing the result.
    private int uploadsStarted;
    private int uploadsEnded;

    /**
     * @param label what the document is, e.g. "残疾人证照片" or "经营计划"; shown above the button
     */
    public DocumentUploadField(String label, DocumentService documents, Announcer announcer) {
        this.documents = documents;
        this.announcer = announcer;
        setLabel(label);
        setHelperText(getTranslation("document.upload.hint"));
        addClassName("document-upload");

        choose = new Button(getTranslation("document.upload.choose"));
        choose.addClassName("document-upload-choose");
        upload.setUploadHandler(new DocumentUploadHandler(this, documents));
        upload.setUploadButton(choose);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) DocumentService.MAX_BYTES);
        upload.setAcceptedMimeTypes("application/pdf", "image/jpeg", "image/png");
        upload.setAcceptedFileExtensions(".pdf", ".jpg", ".jpeg", ".png");
        // The file is the request body, read as it arrives: no multipart size limit of the servlet container
        // cuts in before DocumentService can count the bytes and refuse more than 10 MB itself.
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setI18n(UploadTexts.of(key -> getTranslation(key)));
        upload.addFileRejectedListener(this::rejectedByBrowser);
        upload.getElement().addEventListener("upload-start", e -> started(fileNameOf(e)))
                .addEventData("event.detail.file.name");
        upload.getElement().addEventListener("upload-error", e -> connectionFailed());

        remove = new Button(getTranslation("document.upload.remove"), e -> removeFile());
        remove.addClassName("document-upload-remove");
        fileName.addClassName("document-upload-name");
        fileFacts.addClassName("document-upload-facts");
        file.addClassName("document-upload-file");
        // Takes focus after an upload: the 选择文件 button that had it is hidden then.
        file.getElement().setAttribute("tabindex", "-1");
        file.add(fileName, fileFacts, remove);
        file.setVisible(false);
        missing.addClassName("document-upload-missing");
        missing.setText(getTranslation("document.upload.missing"));
        missing.setVisible(false);
        add(missing, upload, file);

        addAttachListener(e -> ui = e.getUI());
        addDetachListener(e -> {
            stopPolling();
            ui = null;
        });
    }

    /**
     * Lets this field show a document someone else uploaded, for a form whose record refers to it and which has
     * already checked that the signed-in person may see that record (e.g. the person seeing what their helper
     * uploaded). Values still come only from the form's own record, never from an address or a request.
     */
    public DocumentUploadField showDocumentsTheFormCheckedAccessTo() {
        accessCheckedByForm = true;
        return this;
    }

    /**
     * As {@link #showDocumentsTheFormCheckedAccessTo()}, and the file-name link downloads through the form's own
     * lookup, which checks access again when the link is followed (e.g. a helper withdrawn since the page opened).
     */
    public DocumentUploadField showDocumentsTheFormCheckedAccessTo(
            SerializableFunction<UUID, Optional<DocumentContent>> openCheckedAgain) {
        accessCheckedByForm = true;
        checkedOpen = openCheckedAgain;
        return this;
    }

    /** The document shown now, if any. */
    public Optional<DocumentInfo> document() {
        return Optional.ofNullable(shown);
    }

    /** Read-only (a submitted application): the file stays visible and downloadable, nothing can be changed. */
    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        remove.setVisible(!readOnly);
        upload.setVisible(!readOnly && shown == null);
    }

    @Override
    public void focus() {
        if (file.isVisible()) {
            file.getElement().executeJs("this.focus()");
        } else {
            choose.focus();
        }
    }

    @Override
    protected @Nullable UUID generateModelValue() {
        return value;
    }

    @Override
    protected void setPresentationValue(@Nullable UUID newValue) {
        value = newValue;
        if (newValue == null) {
            showNothing();
            return;
        }
        var found = accessCheckedByForm ? documents.infoAccessCheckedByCaller(newValue) : documents.info(newValue);
        found.ifPresentOrElse(this::show, () -> {
            // Deleted, or not this person's to see: say nothing about it beyond "upload again".
            showNothing();
            missing.setVisible(true);
        });
    }

    /** Called (under the session lock) when the upload handler has a result. */
    void finished(UploadOutcome outcome) {
        uploadsEnded++;
        stopPolling();
        upload.clearFileList();
        switch (outcome) {
            case UploadOutcome.Stored(var document) -> {
                uploadedHere.add(document.id());
                value = document.id();
                show(document);
                setInvalid(false);
                setErrorMessage(null);
                updateValue();
                announcer.announce(getTranslation("document.upload.done", document.displayName()));
                file.getElement().executeJs("this.focus()");
            }
            case UploadOutcome.WrongType wrongType -> refuse(getTranslation("document.upload.wrong-type"));
            case UploadOutcome.TooLarge tooLarge -> refuse(getTranslation("document.upload.too-large"));
            case UploadOutcome.Empty empty -> refuse(getTranslation("document.upload.empty"));
        }
    }

    /** The upload broke off or the server could not keep the file. */
    void failed() {
        uploadsEnded++;
        stopPolling();
        upload.clearFileList();
        refuse(getTranslation("document.upload.failed"));
    }

    void progressed(int percent) {
        announcer.announce(getTranslation("document.upload.progress", percent));
    }

    @Nullable UI attachedUi() {
        return ui;
    }

    /** The browser gave up on the request; only news if the server has not reported on this upload already. */
    private void connectionFailed() {
        if (uploadsEnded < uploadsStarted) {
            failed();
        }
    }

    private void started(String name) {
        uploadsStarted++;
        if (uploadsEnded >= uploadsStarted) {
            return; // the result is in already, and was announced
        }
        announcer.announce(getTranslation("document.upload.uploading", name));
        var current = ui;
        if (current != null && !polling) {
            pollIntervalBefore = current.getPollInterval();
            current.setPollInterval(POLL_MILLIS);
            polling = true;
        }
    }

    private void stopPolling() {
        var current = ui;
        if (polling && current != null) {
            current.setPollInterval(pollIntervalBefore);
        }
        polling = false;
    }

    private void rejectedByBrowser(FileRejectedEvent event) {
        // The browser checks name and size against the limits we gave it and uses our own texts; anything else
        // it might send is not shown.
        var tooLarge = getTranslation("document.upload.too-large");
        var oneFile = getTranslation("document.upload.one-file");
        var message = event.getErrorMessage();
        refuse(tooLarge.equals(message) || oneFile.equals(message) ? message
                : getTranslation("document.upload.wrong-type"));
    }

    private void refuse(String message) {
        setErrorMessage(message);
        setInvalid(true);
        announcer.announce(message);
    }

    private void removeFile() {
        var document = shown;
        if (document == null) {
            return;
        }
        if (uploadedHere.remove(document.id())) {
            documents.delete(document.id());
        }
        value = null;
        showNothing();
        updateValue();
        announcer.announce(getTranslation("document.upload.removed", document.displayName()));
        choose.focus();
    }

    private void show(DocumentInfo document) {
        shown = document;
        fileName.setText(document.displayName());
        // The name is a link to the file itself, so the person can check they picked the right one.
        var open = checkedOpen;
        fileName.setHref(open != null ? DocumentDownload.of(() -> open.apply(document.id()))
                : accessCheckedByForm ? DocumentDownload.of(() -> documents.openAccessCheckedByCaller(document.id()))
                : DocumentDownload.ofOwnDocument(documents, document.id()), AttachmentType.DOWNLOAD);
        fileFacts.setText(getTranslation(document.type().messageKey()) + " · " + SizeText.of(document.sizeBytes()));
        // The visible word comes first, so voice control ("点击 删除") still finds the button (WCAG 2.5.3).
        remove.setAriaLabel(getTranslation("document.upload.remove-named", document.displayName()));
        file.setVisible(true);
        upload.setVisible(false);
        missing.setVisible(false);
    }

    private void showNothing() {
        shown = null;
        file.setVisible(false);
        missing.setVisible(false);
        upload.setVisible(!isReadOnly());
    }

    private static String fileNameOf(DomEvent event) {
        var name = event.getEventData().get("event.detail.file.name");
        return name == null || name.isNull() ? "" : name.asString();
    }
}
