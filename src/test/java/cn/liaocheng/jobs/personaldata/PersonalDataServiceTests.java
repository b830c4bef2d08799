package cn.liaocheng.jobs.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.applications.ApplicationStatus;
import cn.liaocheng.jobs.applications.ExportedAnswer;
import cn.liaocheng.jobs.applications.ExportedApplication;
import cn.liaocheng.jobs.catalogue.TestOffers;
import cn.liaocheng.jobs.documents.TestFiles;
import cn.liaocheng.jobs.messages.OutgoingMessage;
import cn.liaocheng.jobs.profile.HelperLink;
import cn.liaocheng.jobs.profile.ProfileService;
import cn.liaocheng.jobs.shared.PhoneNumber;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** 我的数据 holds every part of what is stored about the person, and nothing of anybody else. */
@SpringBootTest
class PersonalDataServiceTests {

    @Autowired PersonalDataService personalData;
    @Autowired MyDataPackages packages;
    @Autowired TestFamilies families;
    @Autowired TestAccounts accounts;
    @Autowired ProfileService profiles;
    @Autowired JsonMapper json;
    @Autowired cn.liaocheng.jobs.bankreferrals.TestReferrals referrals;
    @Autowired cn.liaocheng.jobs.recommendations.TestAssessments assessments;

    private final String token = TestOffers.uniqueToken();

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void the_copy_holds_account_profile_applications_with_answers_and_history_files_helpers_notifications_and_messages() {
        var family = families.everything(token);
        TestAccounts.signIn(family.me());

        var data = personalData.collect(Locale.SIMPLIFIED_CHINESE).orElseThrow();

        assertThat(data.account().displayName()).isEqualTo("李明");
        assertThat(data.account().phone()).isEqualTo(new PhoneNumber(family.me().phoneNumber()));
        assertThat(data.profile()).isNotNull();
        assertThat(data.profile().maskedResidentId()).matches("3715\\*{10}[0-9X]{4}");

        var own = data.applications().own();
        assertThat(own).extracting(ExportedApplication::id)
                .containsExactlyInAnyOrder(family.first(), family.second(), family.draft());
        var first = own.stream().filter(a -> a.id() == family.first()).findFirst().orElseThrow();
        assertThat(first.reference()).isEqualTo(family.firstReference());
        assertThat(first.history()).extracting(change -> change.to()).containsExactly(ApplicationStatus.SUBMITTED,
                ApplicationStatus.IN_REVIEW, ApplicationStatus.MORE_INFO_NEEDED);
        assertThat(first.history().getLast().reason()).isEqualTo("请补充户口本照片");
        assertThat(first.answers()).extracting(ExportedAnswer::questionId).contains("phone", "certificate-photo");
        assertThat(first.answers()).filteredOn(a -> a.questionId().equals("certificate-photo"))
                .extracting(ExportedAnswer::answer).containsExactly("证件.png");
        var draft = own.stream().filter(a -> a.id() == family.draft()).findFirst().orElseThrow();
        assertThat(draft.startedBySelf()).as("his daughter started it").isFalse();

        assertThat(data.applications().forOthers()).hasSize(2).allSatisfy(a -> assertThat(a.startedByMe()).isTrue());
        assertThat(data.applications().notifications()).isNotEmpty();
        assertThat(data.messages()).extracting(OutgoingMessage::status)
                .contains(OutgoingMessage.Status.SENT, OutgoingMessage.Status.QUEUED);
        assertThat(data.helperLinks()).extracting(HelperLink::side, HelperLink::name).contains(
                tuple(HelperLink.Side.HELPS_ME, "王芳"),
                tuple(HelperLink.Side.I_HELP, "王建国"));
        assertThat(data.documents()).extracting(d -> d.info().id()).containsExactlyInAnyOrder(
                family.certificatePhoto(), family.daughtersPhoto(), family.unusedPhoto());
        assertThat(data.documents()).filteredOn(d -> d.info().id().equals(family.daughtersPhoto()))
                .singleElement().satisfies(d -> assertThat(d.uploadedByMe()).isFalse());
    }

    @Test
    void the_package_has_the_readable_copy_the_json_and_every_file_masked_and_nothing_of_anybody_else()
            throws IOException {
        var family = families.everything(token);
        TestAccounts.signIn(family.me());
        var data = personalData.collect(Locale.SIMPLIFIED_CHINESE).orElseThrow();

        var entries = unzip(data);

        assertThat(entries.keySet()).containsExactly("我的数据.txt", "data.json", "files/01-证件.png",
                "files/02-爸爸的残疾人证.png", "files/03-没用上的照片.png");
        assertThat(entries.get("files/02-爸爸的残疾人证.png")).isEqualTo(TestFiles.png());
        var text = new String(entries.get("我的数据.txt"), StandardCharsets.UTF_8);
        var jsonText = new String(entries.get("data.json"), StandardCharsets.UTF_8);
        assertThat(text).contains("一、账户", "称呼：李明", family.firstReference(), family.secondReference(),
                "需补充材料。说明：请补充户口本照片", "王芳（您的女儿）可以帮您申请", "您帮 王建国 办事（您是 TA 的儿子）",
                "在压缩包里：files/01-证件.png", "帮您办事的人上传的", "八、短信、电话和乡镇通知", "还没发出")
                .containsPattern("身份证号：3715\\*{10}[0-9X]{4}\n");
        var tree = json.readTree(jsonText);
        assertThat(tree.get("format").asString()).isEqualTo(MyDataJson.FORMAT);
        assertThat(tree.get("account").get("phone").asString()).contains("****");
        assertThat(tree.get("applications")).hasSize(3);
        assertThat(tree.get("documents")).hasSize(3);
        assertThat(tree.get("messages").size()).isGreaterThanOrEqualTo(3);
        assertThat(tree.get("helperLinks")).hasSize(3);
        assertThat(stream(tree.get("applications")).map(a -> a.get("history").size()).toList()).contains(3);

        // Numbers as the portal's pages show them: masked in the account and profile, answers as typed.
        var myPhone = new PhoneNumber(family.me().phoneNumber());
        var accountAndProfile = text.substring(0, text.indexOf("三、我的申请"));
        assertThat(accountAndProfile).contains("手机号码：" + myPhone.masked()).doesNotContain(myPhone.value());
        assertThat(tree.get("profile").get("phone").asString()).isEqualTo(myPhone.masked());
        var everything = text + jsonText;
        assertThat(everything).as("the stranger").doesNotContain("赵六", family.strangersReference())
                .as("the mother's photo and file name").doesNotContain("妈妈的残疾人证", family.photoForMother().toString());
        assertThat(profiles.find(family.mother().personId())).isPresent();
    }

    @Test
    void the_copy_holds_what_the_bank_was_sent_about_the_person_and_its_steps() throws IOException {
        var referred = referrals.approvedReferral();
        TestAccounts.signIn(referred.applicant());

        var data = personalData.collect(Locale.SIMPLIFIED_CHINESE).orElseThrow();

        assertThat(data.bankCopies()).singleElement().satisfies(copy -> {
            assertThat(copy.referral().applicationId()).isEqualTo(referred.applicationId());
            assertThat(copy.steps()).extracting(step -> step.status().name()).containsExactly("REFERRED");
        });
        var reference = data.bankCopies().getFirst().referral().reference();
        var entries = unzip(data);
        var text = new String(entries.get("我的数据.txt"), StandardCharsets.UTF_8);
        assertThat(text.substring(text.indexOf("九、农业银行保存的推荐信息")))
                .contains(reference, "已推荐，等待农行受理", "银行收到的：姓名 张农");
        var bank = json.readTree(new String(entries.get("data.json"), StandardCharsets.UTF_8)).get("bankReferrals");
        assertThat(bank).hasSize(1);
        assertThat(bank.get(0).get("reference").asString()).isEqualTo(reference);
        assertThat(bank.get(0).get("phone").isNull() || bank.get(0).get("phone").asString().contains("****")).isTrue();
        assertThat(bank.get(0).get("steps")).hasSize(1);

        // Someone else's copy holds no referral of theirs.
        TestAccounts.signIn(accounts.applicant("赵六"));
        assertThat(personalData.collect(Locale.SIMPLIFIED_CHINESE).map(MyData::bankCopies).orElse(java.util.List.of()))
                .isEmpty();
    }

    @Test
    void the_copy_holds_what_each_ability_assessment_found() throws IOException {
        var finished = assessments.finished("黄立新", cn.liaocheng.jobs.recommendations.TestAssessments.MASSEUR);
        TestAccounts.signIn(finished.applicant());

        var data = personalData.collect(Locale.SIMPLIFIED_CHINESE).orElseThrow();

        assertThat(data.assessments()).singleElement().satisfies(a ->
                assertThat(a.applicationId()).isEqualTo(finished.applicationId()));
        var entries = unzip(data);
        var text = new String(entries.get("我的数据.txt"), StandardCharsets.UTF_8);
        assertThat(text.substring(text.indexOf("十、职业能力评估的结果")))
                .contains("莘县", "擅长：按摩推拿", "感兴趣：语言沟通", "建议的方向：参加培训");
        var found = json.readTree(new String(entries.get("data.json"), StandardCharsets.UTF_8)).get("abilityAssessments");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("abilities").get(0).asString()).isEqualTo("MASSAGE");

        TestAccounts.signIn(accounts.applicant("赵六"));
        assertThat(personalData.collect(Locale.SIMPLIFIED_CHINESE).map(MyData::assessments).orElse(java.util.List.of()))
                .isEmpty();
    }

    @Test
    void a_stranger_and_a_helper_each_get_only_their_own() {
        var family = families.everything(token);

        TestAccounts.signIn(family.stranger());
        var strangers = personalData.collect(Locale.SIMPLIFIED_CHINESE).orElseThrow();
        assertThat(strangers.applications().own()).extracting(ExportedApplication::id)
                .containsExactly(family.strangersApplication());
        assertThat(strangers.applications().forOthers()).isEmpty();
        assertThat(strangers.helperLinks()).isEmpty();
        assertThat(strangers.documents()).hasSize(1);

        TestAccounts.signIn(family.daughter());
        var daughters = personalData.collect(Locale.SIMPLIFIED_CHINESE).orElseThrow();
        assertThat(daughters.profile()).isNull();
        assertThat(daughters.applications().own()).isEmpty();
        assertThat(daughters.applications().forOthers()).extracting(a -> a.personName()).containsOnly("李明")
                .hasSize(3);
        assertThat(daughters.documents()).as("the photo she uploaded is part of her father's draft").isEmpty();
        assertThat(daughters.messages()).as("SMS go to the person, not the helper").isEmpty();
        assertThat(daughters.helperLinks()).singleElement()
                .satisfies(link -> assertThat(link.side()).isEqualTo(HelperLink.Side.I_HELP));
    }

    @Test
    void nobody_signed_in_and_staff_get_nothing() {
        assertThat(personalData.collect(Locale.SIMPLIFIED_CHINESE)).isEmpty();
        TestAccounts.signIn(accounts.create("县残联 刘老师", Role.CASEWORKER));
        assertThat(personalData.collect(Locale.SIMPLIFIED_CHINESE)).isEmpty();
    }

    @Test
    void the_copy_reads_in_english_for_an_english_reader() throws IOException {
        var family = families.everything(token);
        TestAccounts.signIn(family.me());

        var entries = unzip(personalData.collect(Locale.ENGLISH).orElseThrow());

        var text = new String(entries.get("my-data.txt"), StandardCharsets.UTF_8);
        assertThat(text).contains("1. Account", "Name: 李明", "More information needed", "8. Text messages");
    }

    private Map<String, byte[]> unzip(MyData data) throws IOException {
        var out = new ByteArrayOutputStream();
        packages.writePackage(data, out);
        var entries = new LinkedHashMap<String, byte[]>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()), StandardCharsets.UTF_8)) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }
}
