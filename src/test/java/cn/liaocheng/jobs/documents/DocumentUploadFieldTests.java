package cn.liaocheng.jobs.documents;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.PortalUser;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.shell.Announcer;
import cn.liaocheng.jobs.shell.ErrorSummary;
import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.PageHeading;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadResult;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Browserless tests of the upload field. Browserless-test's UploadTester sends the bytes through the real upload
 * handler (the same code path as a browser's upload request, minus HTTP), so these tests cover the whole server side;
 * what the browser itself does (its file picker, its size and type pre-check, the progress bar) is simulated by
 * firing the DOM events it would send.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class DocumentUploadFieldTests extends SpringBrowserlessTest {

    /** A form as the application forms will use it: an error summary, the field bound as required. */
    @Route(value = "test-only/document-upload", layout = MainLayout.class)
    @PageTitle("测试上传 - 聊城残疾人就业服务")
    @PermitAll
    public static class FormView extends Div {
        static final class Answers {
            private @Nullable UUID certificatePhoto;

            @Nullable UUID getCertificatePhoto() {
                return certificatePhoto;
            }

            void setCertificatePhoto(@Nullable UUID id) {
                certificatePhoto = id;
            }
        }

        final ErrorSummary summary = new ErrorSummary();
        final DocumentUploadField field;
        final Binder<Answers> binder = new Binder<>();

        public FormView(DocumentService documents, Announcer announcer) {
            field = new DocumentUploadField("残疾人证照片", documents, announcer);
            binder.forField(field).asRequired("请上传残疾人证照片")
                    .bind(Answers::getCertificatePhoto, Answers::setCertificatePhoto);
            add(new PageHeading("测试上传"), summary, field);
        }
    }

    @Autowired TestAccounts accounts;
    @Autowired DocumentService documents;

    private PortalUser applicant;
    private FormView form;
    /** Kept: the query below finds visible components only, and Upload hides while a file is shown. */
    private Upload upload;

    @BeforeEach
    void openFormSignedIn() {
        applicant = accounts.applicant("王芳");
        TestAccounts.signIn(applicant);
        form = navigate("test-only/document-upload", FormView.class);
        upload = $(Upload.class).single();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private Upload upload() {
        return upload;
    }

    private void upload(String name, String mediaType, byte[] bytes) {
        test(upload).upload(name, mediaType, bytes);
    }

    private String announced() {
        return $(Announcer.class).single().message();
    }

    private String shownName() {
        return $(Anchor.class).withClassName("document-upload-name").single().getText();
    }

    private String shownFacts() {
        return $(Span.class).withClassName("document-upload-facts").single().getText();
    }

    /** Fires a DOM event of vaadin-upload with the event data its listeners (Upload's and ours) ask for. */
    private void browserSends(String event, String key, String value) {
        var data = JacksonUtils.createObjectNode();
        data.put("event.detail.file.name", "");
        data.put("event.detail.error", "");
        data.put("element.files.some(file => file.uploading)", false);
        data.put(key, value);
        upload().getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(upload().getElement(), event, data));
    }

    private UUID storedDirectly(byte[] bytes, String name) {
        return ((UploadOutcome.Stored) documents.store(new ByteArrayInputStream(bytes), name)).document().id();
    }

    @Test
    void the_field_has_a_visible_label_a_hint_and_a_plain_choose_button() {
        assertThat(form.field.getLabel()).isEqualTo("残疾人证照片");
        assertThat(form.field.getHelperText()).isEqualTo("PDF、JPG 或 PNG，不超过 10 MB");
        assertThat($(Button.class).withText("选择文件").exists()).isTrue();
        assertThat(upload().getUploadButton()).isSameAs($(Button.class).withText("选择文件").single());
    }

    @Test
    void the_browser_is_told_one_file_10_mb_and_the_three_types_in_chinese() {
        var upload = upload();

        assertThat(upload.getMaxFiles()).isEqualTo(1);
        assertThat(upload.getMaxFileSize()).isEqualTo(10 * 1024 * 1024);
        assertThat(upload.getAcceptedMimeTypes()).containsExactly("application/pdf", "image/jpeg", "image/png");
        assertThat(upload.getAcceptedFileExtensions()).containsExactly(".pdf", ".jpg", ".jpeg", ".png");
        assertThat(upload.getI18n().getError().getFileIsTooBig()).isEqualTo("文件太大：不能超过 10 MB");
        assertThat(upload.getI18n().getError().getIncorrectFileType())
                .isEqualTo("文件类型不对：只能上传 PDF、JPG 或 PNG");
        assertThat(upload.getI18n().getDropFiles().getOne()).isEqualTo("也可以把文件拖到这里");
    }

    @Test
    void an_uploaded_photo_becomes_the_value_and_is_shown_with_its_size_and_a_remove_button() {
        upload("证件照.png", "image/png", TestFiles.png());

        var id = form.field.getValue();
        assertThat(id).isNotNull();
        assertThat(documents.info(id)).hasValueSatisfying(info -> {
            assertThat(info.type()).isEqualTo(DocumentType.PNG);
            assertThat(info.uploadedBy()).isEqualTo(applicant.accountId());
        });
        assertThat(shownName()).isEqualTo("证件照.png");
        assertThat(shownFacts()).isEqualTo("PNG 图片 · 1 KB");
        var remove = $(Button.class).withText("删除").single();
        assertThat(remove.getAriaLabel()).contains("删除 证件照.png");
        assertThat(upload().isVisible()).isFalse();
        assertThat(announced()).isEqualTo("上传完成：证件照.png");
        assertThat(form.field.isInvalid()).isFalse();
    }

    @Test
    void the_file_name_downloads_the_file_for_its_uploader_and_for_nobody_else() {
        upload("证件照.png", "image/png", TestFiles.png());
        var link = $(Anchor.class).withClassName("document-upload-name").single();

        var mine = new ByteArrayOutputStream();
        test(link).download(mine);
        assertThat(mine.toByteArray()).isEqualTo(TestFiles.png());

        TestAccounts.signIn(accounts.applicant("李强"));
        var theirs = new ByteArrayOutputStream();
        test(link).download(theirs);
        assertThat(theirs.toByteArray()).isEmpty();
    }

    @Test
    void a_pdf_named_jpg_is_kept_and_shown_as_the_pdf_it_is() {
        upload("营业执照.jpg", "image/jpeg", TestFiles.pdf());

        assertThat(shownName()).isEqualTo("营业执照.jpg");
        assertThat(shownFacts()).isEqualTo("PDF 文件 · 1 KB");
    }

    @Test
    void a_program_renamed_to_pdf_is_refused_with_a_message_at_the_field_and_announced() {
        upload("计划.pdf", "application/pdf", TestFiles.exe());

        assertThat(form.field.getValue()).isNull();
        assertThat(form.field.isInvalid()).isTrue();
        assertThat(form.field.getErrorMessage()).isEqualTo("文件类型不对：只能上传 PDF、JPG 或 PNG");
        assertThat(announced()).isEqualTo("文件类型不对：只能上传 PDF、JPG 或 PNG");
        assertThat(upload().isVisible()).isTrue();
    }

    @Test
    void a_web_page_renamed_to_png_is_refused() {
        upload("photo.png", "image/png", TestFiles.html());

        assertThat(form.field.getValue()).isNull();
        assertThat(announced()).isEqualTo("文件类型不对：只能上传 PDF、JPG 或 PNG");
    }

    @Test
    void a_file_over_10_mb_is_refused_even_when_the_browser_check_was_skipped() {
        upload("扫描件.pdf", "application/pdf", TestFiles.pdfOfSize(10 * 1024 * 1024 + 1));

        assertThat(form.field.getValue()).isNull();
        assertThat(form.field.getErrorMessage()).isEqualTo("文件太大：不能超过 10 MB");
        assertThat(announced()).isEqualTo("文件太大：不能超过 10 MB");
    }

    @Test
    void an_empty_file_is_refused() {
        upload("空.pdf", "application/pdf", new byte[0]);

        assertThat(form.field.getValue()).isNull();
        assertThat(announced()).isEqualTo("文件是空的：请选择另一个文件");
    }

    @Test
    void the_start_of_an_upload_is_announced_and_the_page_asks_for_progress_until_it_ends() {
        browserSends("upload-start", "event.detail.file.name", "经营计划.pdf");

        assertThat(announced()).isEqualTo("正在上传 经营计划.pdf…");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(DocumentUploadField.POLL_MILLIS);

        upload("经营计划.pdf", "application/pdf", TestFiles.pdf());

        assertThat(announced()).isEqualTo("上传完成：经营计划.pdf");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void a_start_reported_after_a_quick_upload_has_finished_does_not_replace_the_result() {
        upload("经营计划.pdf", "application/pdf", TestFiles.exe());

        browserSends("upload-start", "event.detail.file.name", "经营计划.pdf");

        assertThat(announced()).isEqualTo("文件类型不对：只能上传 PDF、JPG 或 PNG");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void a_connection_error_after_the_server_already_reported_is_not_announced_again() {
        browserSends("upload-start", "event.detail.file.name", "证件照.png");
        upload("证件照.png", "image/png", TestFiles.png());

        browserSends("upload-error", "event.detail.file.name", "证件照.png");

        assertThat(announced()).isEqualTo("上传完成：证件照.png");
    }

    @Test
    void progress_is_announced_in_plain_words() {
        form.field.progressed(50);

        assertThat(announced()).isEqualTo("已上传 50%");
    }

    @Test
    void a_file_the_browser_refuses_as_too_big_is_announced_with_our_message() {
        browserSends("file-reject", "event.detail.error", "文件太大：不能超过 10 MB");

        assertThat(announced()).isEqualTo("文件太大：不能超过 10 MB");
        assertThat(form.field.getErrorMessage()).isEqualTo("文件太大：不能超过 10 MB");
    }

    @Test
    void a_file_the_browser_refuses_for_its_type_is_announced_as_the_wrong_type() {
        browserSends("file-reject", "event.detail.error", "<b>anything a modified browser sends</b>");

        assertThat(announced()).isEqualTo("文件类型不对：只能上传 PDF、JPG 或 PNG");
    }

    @Test
    void a_failed_connection_is_announced_and_polling_stops() {
        browserSends("upload-start", "event.detail.file.name", "证件照.jpg");

        browserSends("upload-error", "event.detail.file.name", "证件照.jpg");

        assertThat(announced()).isEqualTo("上传没有成功，请再试一次");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void removing_a_file_uploaded_here_deletes_it_and_offers_the_button_again() {
        upload("证件照.png", "image/png", TestFiles.png());
        var id = form.field.getValue();

        test($(Button.class).withText("删除").single()).click();

        assertThat(form.field.getValue()).isNull();
        assertThat(documents.info(id)).isEmpty();
        assertThat(announced()).isEqualTo("已删除：证件照.png");
        assertThat(upload().isVisible()).isTrue();
        assertThat($(Anchor.class).withClassName("document-upload-name").exists()).isFalse();
    }

    @Test
    void a_missing_file_is_reported_by_binder_at_the_field_and_in_the_error_summary() {
        var status = form.binder.validate();

        assertThat(status.isOk()).isFalse();
        assertThat(form.field.isInvalid()).isTrue();
        assertThat(form.field.getErrorMessage()).isEqualTo("请上传残疾人证照片");

        form.summary.show(List.of(new ErrorSummary.FieldError(form.field, "请上传残疾人证照片")));
        assertThat(form.summary.messages()).containsExactly("请上传残疾人证照片");
        assertThat(form.field.getErrorMessage()).isEqualTo("请上传残疾人证照片");
    }

    @Test
    void after_an_upload_binder_writes_the_document_id_into_the_answers() {
        upload("证件照.png", "image/png", TestFiles.png());
        var answers = new FormView.Answers();

        assertThat(form.binder.writeBeanIfValid(answers)).isTrue();
        assertThat(answers.getCertificatePhoto()).isEqualTo(form.field.getValue());
    }

    @Test
    void a_saved_answer_shows_the_persons_own_document_and_removing_it_only_takes_it_out_of_the_field() {
        var id = storedDirectly(TestFiles.jpeg(), "正面.jpg");

        form.field.setValue(id);
        assertThat(shownName()).isEqualTo("正面.jpg");
        assertThat(shownFacts()).isEqualTo("JPG 图片 · 1 KB");

        test($(Button.class).withText("删除").single()).click();
        assertThat(form.field.getValue()).isNull();
        assertThat(documents.info(id)).isPresent();
    }

    @Test
    void a_read_only_field_shows_the_file_but_offers_no_upload_and_no_remove() {
        form.field.setValue(storedDirectly(TestFiles.pdf(), "经营计划.pdf"));

        form.field.setReadOnly(true);

        assertThat(shownName()).isEqualTo("经营计划.pdf");
        assertThat($(Button.class).withText("删除").exists()).isFalse();
        assertThat(upload().isVisible()).isFalse();
    }

    @Test
    void someone_elses_document_set_as_the_value_reveals_nothing() {
        var other = accounts.applicant("李强");
        TestAccounts.signIn(other);
        var theirs = storedDirectly(TestFiles.pdf(), "李强的经营计划.pdf");
        TestAccounts.signIn(applicant);

        form.field.setValue(theirs);

        assertThat($(Anchor.class).withClassName("document-upload-name").exists()).isFalse();
        assertThat(form.getElement().getTextRecursively()).doesNotContain("李强的经营计划");
        assertThat($(Div.class).withClassName("document-upload-missing").single().getText())
                .isEqualTo("原来上传的文件已经不在了，请重新上传");
        assertThat(upload().isVisible()).isTrue();
    }

    @Test
    void a_form_that_checked_access_itself_can_show_a_document_a_helper_uploaded() {
        var helper = accounts.applicant("王芳的女儿");
        TestAccounts.signIn(helper);
        var helpersUpload = storedDirectly(TestFiles.png(), "父亲的残疾人证.png");
        TestAccounts.signIn(applicant);

        form.field.showDocumentsTheFormCheckedAccessTo().setValue(helpersUpload);

        assertThat(shownName()).isEqualTo("父亲的残疾人证.png");
    }

    @Test
    void an_upload_after_signing_out_stores_nothing_and_says_it_did_not_work() {
        TestAccounts.signOut();

        upload("证件照.png", "image/png", TestFiles.png());

        assertThat(form.field.getValue()).isNull();
        assertThat(announced()).isEqualTo("上传没有成功，请再试一次");
    }

    @Test
    void a_file_that_upload_itself_turned_away_by_name_is_announced_as_the_wrong_type() {
        // UploadTester reports every upload as accepted, so the result a real request would give for a name and
        // type outside the accepted list (a bypassed browser check) is handed to the handler directly here.
        var result = new UploadResult(false, null, null, List.of(),
                List.of(new UploadResult.RejectedFile("notes.txt", "File type not accepted")));

        new DocumentUploadHandler(form.field, documents).responseHandled(result);
        var session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);

        assertThat(announced()).isEqualTo("文件类型不对：只能上传 PDF、JPG 或 PNG");
        assertThat(form.field.getErrorMessage()).isEqualTo("文件类型不对：只能上传 PDF、JPG 或 PNG");
    }

    @Test
    void file_names_never_reach_the_log(CapturedOutput output) {
        upload("王芳残疾人证.pdf", "application/pdf", TestFiles.exe());
        TestAccounts.signOut();
        upload("王芳身份证.png", "image/png", TestFiles.png());

        assertThat(announced()).isEqualTo("上传没有成功，请再试一次");
        assertThat(output.getAll()).doesNotContain("王芳残疾人证", "王芳身份证");
    }
}
