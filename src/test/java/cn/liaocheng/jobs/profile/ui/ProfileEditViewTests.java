package cn.liaocheng.jobs.profile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.PortalUser;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.profile.ContactPreference;
import cn.liaocheng.jobs.profile.Education;
import cn.liaocheng.jobs.profile.ProfileService;
import cn.liaocheng.jobs.profile.SupportNeed;
import cn.liaocheng.jobs.profile.TestPeople;
import cn.liaocheng.jobs.shared.ResidentIdNumber;
import cn.liaocheng.jobs.shell.ErrorSummary;
import cn.liaocheng.jobs.shell.Notice;
import cn.liaocheng.jobs.shell.PageHeading;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** 我的资料 form: consent before numbers, validation with the error summary, derived category, masking. */
@SpringBootTest
class ProfileEditViewTests extends SpringBrowserlessTest {

    @Autowired TestAccounts accounts;
    @Autowired TestPeople people;
    @Autowired ProfileService profiles;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private ProfileForm open(PortalUser user) {
        TestAccounts.signIn(user);
        navigate(ProfileEditView.ROUTE, ProfileEditView.class);
        return $(ProfileForm.class).single();
    }

    private void save() {
        test($(Button.class).id("profile-save")).click();
    }

    private List<String> errors() {
        return $(ErrorSummary.class).single().messages();
    }

    @Test
    void the_consent_is_not_ticked_and_explains_why_what_and_who_before_any_number_is_asked() {
        var form = open(accounts.applicant("李明"));

        assertThat($(PageHeading.class).single().getText()).isEqualTo("填写我的资料");
        assertThat(form.sensitive.consent.getValue()).isFalse();
        assertThat(form.sensitive.revealed.isVisible()).isFalse();
        assertThat($(ListItem.class).all()).extracting(ListItem::getText).anySatisfy(t -> assertThat(t).startsWith("为什么要问"))
                .anySatisfy(t -> assertThat(t).startsWith("会保存什么")).anySatisfy(t -> assertThat(t).startsWith("谁能看到"));

        test(form.sensitive.consent).click();

        assertThat(form.sensitive.revealed.isVisible()).isTrue();
    }

    @Test
    void without_consent_name_and_contact_are_saved_and_the_person_can_still_apply_in_person() {
        var user = accounts.applicant("李明");
        var form = open(user);
        form.contact.setValue(ContactPreference.IN_PERSON);

        save();

        assertThat($(ProfileView.class).exists()).isTrue();
        assertThat($(Notice.class).single().getText()).isEqualTo("您的资料已经保存。");
        var details = profiles.ownProfile().orElseThrow();
        assertThat(details.name()).isEqualTo("李明");
        assertThat(details.hasSensitiveConsent()).isFalse();
        assertThat(details.contactPreference()).isEqualTo(ContactPreference.IN_PERSON);
    }

    @Test
    void someone_sent_here_from_an_application_goes_back_to_it_after_saving() {
        TestAccounts.signIn(accounts.applicant("李明"));
        UI.getCurrent().navigate(ProfileEditView.ROUTE, QueryParameters.of(ProfileEditView.RETURN, "apply/some-course"));
        $(ProfileForm.class).single().contact.setValue(ContactPreference.SMS);

        save();

        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("apply/some-course");
    }

    @Test
    void a_return_address_of_another_shape_is_ignored() {
        TestAccounts.signIn(accounts.applicant("李明"));
        UI.getCurrent().navigate(ProfileEditView.ROUTE, QueryParameters.of(ProfileEditView.RETURN, "//evil.example/apply/x"));
        $(ProfileForm.class).single().contact.setValue(ContactPreference.SMS);

        save();

        assertThat($(ProfileView.class).exists()).isTrue();
    }

    @Test
    void missing_answers_are_listed_in_field_order_and_nothing_typed_is_lost() {
        var form = open(accounts.applicant("李明"));
        test(form.name).setValue("");
        test(form.sensitive.consent).click();
        test(form.sensitive.residentId).setValue("37150219900101123");
        test(form.township).setValue("燕店镇");

        save();

        assertThat(errors()).containsExactly("请填写姓名", "身份证号是 18 位，请检查是否多了或少了", "请选择怎么联系您");
        assertThat(form.sensitive.residentId.getValue()).isEqualTo("37150219900101123");
        assertThat(form.sensitive.residentId.isInvalid()).isTrue();
        assertThat(form.township.getValue()).isEqualTo("燕店镇");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("错误：");
        assertThat(profiles.ownProfile()).isEmpty();
    }

    @Test
    void a_wrong_check_digit_is_explained_and_a_certificate_of_another_id_is_refused() {
        var form = open(accounts.applicant("李明"));
        var id = TestPeople.uniqueResidentId().value();
        var wrongLast = id.endsWith("1") ? "2" : "1";
        test(form.sensitive.consent).click();
        test(form.sensitive.residentId).setValue(id.substring(0, 17) + wrongLast);
        test(form.sensitive.certificate).setValue(TestPeople.uniqueResidentId().value() + "41");
        form.contact.setValue(ContactPreference.SMS);

        save();

        assertThat(errors()).containsExactly("身份证号有一位不对，请对照身份证逐位检查");

        test(form.sensitive.residentId).setValue(id);
        save();

        assertThat(errors()).containsExactly("残疾人证号的前 18 位要和您的身份证号一样，请对照两个证件检查");

        test(form.sensitive.certificate).setValue(id + "81");
        save();

        assertThat(errors()).containsExactly("残疾人证号倒数第 2 位是残疾类别，只能是 1 到 7");
        assertThat(profiles.ownProfile()).isEmpty();
    }

    @Test
    void category_and_grade_come_from_the_certificate_and_numbers_are_shown_masked_after_saving() {
        var user = accounts.applicant("李明");
        var form = open(user);
        var id = TestPeople.uniqueResidentId().value();
        test(form.sensitive.consent).click();
        test(form.sensitive.residentId).setValue(id.substring(0, 6) + " " + id.substring(6).toLowerCase());
        test(form.sensitive.certificate).setValue(id + "42");

        assertThat(form.sensitive.derived.getText()).isEqualTo("从残疾人证号看出：肢体残疾，二级");

        form.sensitive.supportNeeds.setValue(Set.of(SupportNeed.STEP_FREE));
        form.contact.setValue(ContactPreference.SMS);
        save();

        var masked = id.substring(0, 4) + "**********" + id.substring(14);
        var page = $(ProfileView.class).single().getElement().getTextRecursively();
        assertThat(page).contains(masked, masked + "42", "肢体残疾，二级", "无台阶、轮椅能进的场地")
                .doesNotContain(id.substring(4, 14));

        navigate(ProfileEditView.ROUTE, ProfileEditView.class);
        var again = $(ProfileForm.class).single();
        assertThat(again.sensitive.consent.getValue()).isTrue();
        assertThat(again.sensitive.residentId.getValue()).as("never filled back in full").isEmpty();
        assertThat(again.sensitive.residentId.getHelperText()).contains(masked);
        assertThat(again.sensitive.derived.getText()).isEqualTo("从残疾人证号看出：肢体残疾，二级");
    }

    @Test
    void the_graduation_year_is_asked_only_for_college_graduates_and_checked() {
        var form = open(accounts.applicant("李明"));
        form.education.setValue(Education.SENIOR_SECONDARY);
        assertThat(form.graduationYear.isVisible()).isFalse();

        form.education.setValue(Education.JUNIOR_COLLEGE);
        assertThat(form.graduationYear.isVisible()).isTrue();
        test(form.graduationYear).setValue("25");
        form.contact.setValue(ContactPreference.SMS);
        save();

        assertThat(errors()).singleElement().asString().startsWith("请填写 1950 到 ");

        test(form.graduationYear).setValue("２０２４");
        save();

        assertThat(profiles.ownProfile().orElseThrow().graduationYear()).isEqualTo(2024);
    }

    @Test
    void unticking_the_consent_warns_and_saving_deletes_the_sensitive_data() {
        var user = accounts.applicant("李明");
        people.self(user);
        var form = open(user);
        assertThat(form.sensitive.consentWithdrawal.isVisible()).isFalse();

        test(form.sensitive.consent).click();

        assertThat(form.sensitive.consentWithdrawal.isVisible()).isTrue();
        save();
        var details = profiles.ownProfile().orElseThrow();
        assertThat(details.hasSensitiveConsent()).isFalse();
        assertThat(details.maskedResidentId()).isEmpty();
        assertThat(details.category()).isNull();
    }

    @Test
    void an_id_number_on_someone_elses_record_is_saved_like_any_other_so_the_page_tells_nothing() {
        var id = TestPeople.uniqueResidentId().value();
        var first = open(accounts.applicant("甲"));
        test(first.sensitive.consent).click();
        test(first.sensitive.residentId).setValue(id);
        first.contact.setValue(ContactPreference.SMS);
        save();

        var form = open(accounts.applicant("乙"));
        test(form.sensitive.consent).click();
        test(form.sensitive.residentId).setValue(id);
        form.contact.setValue(ContactPreference.SMS);
        save();

        assertThat($(ProfileView.class).exists()).isTrue();
        assertThat($(ProfileView.class).single().getElement().getTextRecursively())
                .contains(new ResidentIdNumber(id).masked());
    }

    @Test
    void signed_out_visitors_do_not_get_the_form() {
        navigate(ProfileEditView.ROUTE, Div.class);

        assertThat($(ProfileEditView.class).exists()).isFalse();
        // Signed-out people are sent to the sign-in page (accounts: Vaadin's loginView).
        assertThat($(PageHeading.class).single().getText()).isIn("登录", "您没有查看这个页面的权限", "找不到这个页面");
    }
}
