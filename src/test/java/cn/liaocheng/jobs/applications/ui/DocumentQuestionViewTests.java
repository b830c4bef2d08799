package cn.liaocheng.jobs.applications.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.PortalUser;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.applications.Answers;
import cn.liaocheng.jobs.applications.ApplicationService;
import cn.liaocheng.jobs.applications.TestApplications;
import cn.liaocheng.jobs.catalogue.Offer;
import cn.liaocheng.jobs.catalogue.OfferSubtype;
import cn.liaocheng.jobs.catalogue.TestOffers;
import cn.liaocheng.jobs.documents.DocumentUploadField;
import cn.liaocheng.jobs.documents.TestFiles;
import cn.liaocheng.jobs.profile.Relationship;
import cn.liaocheng.jobs.profile.TestPeople;
import cn.liaocheng.jobs.shell.ErrorSummary;
import cn.liaocheng.jobs.shell.NotFoundView;
import cn.liaocheng.jobs.shell.PageHeading;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Document questions on the step, check and application pages, and who sees the files. */
@SpringBootTest
class DocumentQuestionViewTests extends SpringBrowserlessTest {

    @Autowired TestAccounts accounts;
    @Autowired TestPeople people;
    @Autowired TestOffers offers;
    @Autowired TestApplications drafts;
    @Autowired ApplicationService applications;

    /** The certificate photo a test uploads itself; files that completeDraft uploads are called 证件.png. */
    private static final String NAME = "残疾人证照片.png";

    private final String token = TestOffers.uniqueToken();

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private Offer loan() {
        return offers.offer(token + " 创业担保贷款").subtype(OfferSubtype.GUARANTEED_STARTUP).loanUpTo(300_000).save();
    }

    /** A complete loan draft whose certificate photo is not uploaded yet. */
    private long withoutCertificate(PortalUser account, long personId) {
        long id = drafts.completeDraft(account, personId, loan());
        applications.save(id, drafts.version(id), "certificate", Answers.none().with("certificate-photo", ""));
        return id;
    }

    private String heading() {
        return $(PageHeading.class).single().getText();
    }

    private byte[] download(Anchor link) {
        var out = new ByteArrayOutputStream();
        test(link).download(out);
        return out.toByteArray();
    }

    @Test
    void continuing_without_the_required_certificate_photo_is_listed_in_the_error_summary() {
        var me = accounts.applicant("张伟");
        long id = withoutCertificate(me, people.self(me).personId());

        navigate("applications/" + id + "/step/certificate", StepView.class);
        var field = $(DocumentUploadField.class).id("q-certificate-photo");
        assertThat(field.getLabel()).isEqualTo("残疾人证照片");
        assertThat(field.getHelperText()).contains("PDF、JPG 或 PNG，不超过 10 MB");
        test($(Button.class).id("continue")).click();

        assertThat($(ErrorSummary.class).single().messages()).containsExactly("请上传：残疾人证照片");
        assertThat(field.isInvalid()).isTrue();
    }

    @Test
    void an_uploaded_photo_is_saved_at_once_and_continue_goes_on() {
        var me = accounts.applicant("张伟");
        long id = withoutCertificate(me, people.self(me).personId());
        navigate("applications/" + id + "/step/certificate", StepView.class);

        test($(Upload.class).single()).upload(NAME, "image/png", TestFiles.png());

        var answer = applications.find(id).orElseThrow().application().answers().text("certificate-photo");
        assertThat(answer).matches("[0-9a-f-]{36}");
        test($(Button.class).id("continue")).click();
        assertThat(heading()).isNotEqualTo("残疾人证");
    }

    @Test
    void the_optional_business_plan_file_may_be_left_out() {
        var me = accounts.applicant("张伟");
        long id = drafts.completeDraft(me, people.self(me).personId(), loan());
        navigate("applications/" + id + "/step/plan", StepView.class);

        assertThat($(DocumentUploadField.class).id("q-business-plan-document").getLabel()).isEqualTo("经营计划书");
        $(DocumentUploadField.class).id("q-business-plan-document").clear();
        test($(Button.class).id("continue")).click();

        assertThat(heading()).isNotEqualTo("经营计划");
        assertThat(applications.find(id).orElseThrow().application().currentStep()).isEqualTo("plan");
    }

    @Test
    void check_and_application_pages_show_the_file_name_as_a_download_link() {
        var me = accounts.applicant("张伟");
        long id = withoutCertificate(me, people.self(me).personId());
        var photo = drafts.upload(me, NAME);
        applications.save(id, drafts.version(id), "certificate",
                Answers.none().with("certificate-photo", photo.toString()));

        navigate("applications/" + id + "/check", CheckAnswersView.class);
        var link = $(Anchor.class).withClassName("document-answer").withText(NAME).single();
        assertThat(link.getText()).isEqualTo(NAME);
        assertThat(download(link)).isEqualTo(TestFiles.png());

        test($(Button.class).id("submit")).click();
        navigate("applications/" + id, ApplicationView.class);
        var onRecord = $(Anchor.class).withClassName("document-answer").withText(NAME).single();
        assertThat(onRecord.getText()).isEqualTo(NAME);
        assertThat(download(onRecord)).isEqualTo(TestFiles.png());
    }

    @Test
    void the_person_sees_the_photo_their_helper_uploaded_and_a_withdrawn_helper_sees_nothing_any_more() {
        var father = accounts.applicant("王建国");
        long personId = people.self(father).personId();
        var daughter = accounts.applicant("王芳");
        people.addHelper(personId, daughter, Relationship.DAUGHTER, true);
        long id = withoutCertificate(daughter, personId);
        var photo = drafts.upload(daughter, NAME);
        applications.save(id, drafts.version(id), "certificate",
                Answers.none().with("certificate-photo", photo.toString()));
        TestAccounts.signIn(father);
        navigate("applications/" + id + "/step/certificate", StepView.class);
        assertThat($(DocumentUploadField.class).id("q-certificate-photo").document()).isPresent();
        navigate("applications/" + id + "/check", CheckAnswersView.class);
        assertThat($(Anchor.class).withClassName("document-answer").withText(NAME).single().getText()).isEqualTo(NAME);

        TestAccounts.signIn(daughter);
        navigate("applications/" + id + "/check", CheckAnswersView.class);
        var daughtersLink = $(Anchor.class).withClassName("document-answer").withText(NAME).single();
        assertThat(download(daughtersLink)).isEqualTo(TestFiles.png());
        people.withdraw(father, daughter);
        // A page opened before the withdrawal: its link asks again and gets nothing.
        assertThat(download(daughtersLink)).isEmpty();
        for (var page : new String[] {"/step/certificate", "/check", ""}) {
            navigate("applications/" + id + page, NotFoundView.class);
            assertThat(heading()).isEqualTo("找不到这个页面");
        }
    }

    @Test
    void on_the_step_page_a_withdrawn_helper_can_no_longer_download_what_they_uploaded() {
        var father = accounts.applicant("王建国");
        long personId = people.self(father).personId();
        var daughter = accounts.applicant("王芳");
        people.addHelper(personId, daughter, Relationship.DAUGHTER, true);
        long id = withoutCertificate(daughter, personId);
        navigate("applications/" + id + "/step/certificate", StepView.class);
        test($(Upload.class).single()).upload(NAME, "image/png", TestFiles.png());
        var link = $(Anchor.class).withClassName("document-upload-name").single();
        assertThat(download(link)).isEqualTo(TestFiles.png());

        people.withdraw(father, daughter);

        assertThat(download(link)).isEmpty();
    }
}
