package cn.liaocheng.jobs.personaldata;

import cn.liaocheng.jobs.accounts.PortalUser;
import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.applications.Answers;
import cn.liaocheng.jobs.applications.ApplicationService;
import cn.liaocheng.jobs.applications.ApplicationStatus;
import cn.liaocheng.jobs.applications.SubmitOutcome;
import cn.liaocheng.jobs.applications.TestApplications;
import cn.liaocheng.jobs.catalogue.OfferSubtype;
import cn.liaocheng.jobs.catalogue.TestOffers;
import cn.liaocheng.jobs.messages.TestMessages;
import cn.liaocheng.jobs.profile.ContactPreference;
import cn.liaocheng.jobs.profile.PersonSummary;
import cn.liaocheng.jobs.profile.Relationship;
import cn.liaocheng.jobs.profile.TestPeople;
import cn.liaocheng.jobs.shared.PhoneNumber;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A person with something of every kind, made through the services as people make it: 李明 with a profile, two sent
 * applications with a history (one with his certificate photo), a draft with a photo his daughter uploaded, a photo
 * he uploaded and never used; his daughter 王芳 helps him; he helps his mother (agreed, a draft with a photo he
 * uploaded for her) and a neighbour who never agreed (a draft). Staff moved both applications on, so there are
 * notifications, SMS that went out and a township note still waiting. 赵六, a stranger, applied too. Leaves nobody
 * signed in.
 */
@Component
public class TestFamilies {

    private final TestAccounts accounts;
    private final TestPeople people;
    private final TestOffers offers;
    private final TestApplications drafts;
    private final ApplicationService applications;
    private final TestMessages messages;

    TestFamilies(TestAccounts accounts, TestPeople people, TestOffers offers, TestApplications drafts,
            ApplicationService applications, TestMessages messages) {
        this.messages = messages;
        this.accounts = accounts;
        this.people = people;
        this.offers = offers;
        this.drafts = drafts;
        this.applications = applications;
    }

    /** Everything made, by id, for the tests to look for (or look for in vain). */
    public record Family(PortalUser me, long personId, long first, String firstReference, long second,
            String secondReference, long draft, UUID certificatePhoto, UUID daughtersPhoto, UUID unusedPhoto,
            PortalUser daughter, PersonSummary mother, long mothersDraft, UUID photoForMother,
            PersonSummary neighbour, long neighboursDraft, PortalUser stranger, long strangersApplication,
            String strangersReference) {}

    public Family everything(String token) {
        var me = accounts.applicant("李明");
        long personId = people.self(me).personId();
        var welfarePost = offers.offer(token + " 公益性岗位").subtype(OfferSubtype.PUBLIC_WELFARE_POST).save();
        var training = offers.offer(token + " 培训").save();
        var loan = offers.offer(token + " 创业担保贷款").subtype(OfferSubtype.GUARANTEED_STARTUP).loanUpTo(300_000)
                .save();

        long first = drafts.completeDraft(me, personId, welfarePost);
        var certificatePhoto = UUID.fromString(applications.find(first).orElseThrow().application().answers()
                .text("certificate-photo"));
        var firstReference = submit(me, first);
        long second = drafts.completeDraft(me, personId, training);
        var secondReference = submit(me, second);
        var staff = accounts.create("县残联 刘老师", Role.CASEWORKER);
        TestAccounts.signIn(staff);
        applications.changeStatus(first, ApplicationStatus.IN_REVIEW, null);
        applications.changeStatus(first, ApplicationStatus.MORE_INFO_NEEDED, "请补充户口本照片");
        // From now on he is told at the township office: that message waits in the outbox, the earlier SMS went.
        people.contact(personId, ContactPreference.IN_PERSON, new PhoneNumber(me.phoneNumber()));
        applications.changeStatus(second, ApplicationStatus.IN_REVIEW, null);

        var daughter = accounts.applicant("王芳");
        people.addHelper(personId, daughter, Relationship.DAUGHTER, true);
        long draft = drafts.draft(daughter, personId, loan);
        var daughtersPhoto = drafts.upload(daughter, "爸爸的残疾人证.png");
        applications.save(draft, drafts.version(draft), "certificate",
                Answers.none().with("certificate-photo", daughtersPhoto.toString()));
        var unusedPhoto = drafts.upload(me, "没用上的照片.png");

        var mother = people.helpedBy(me, Relationship.SON, true);
        long mothersDraft = drafts.draft(me, mother.personId(), loan);
        var photoForMother = drafts.upload(me, "妈妈的残疾人证.png");
        applications.save(mothersDraft, drafts.version(mothersDraft), "certificate",
                Answers.none().with("certificate-photo", photoForMother.toString()));
        var neighbour = people.helpedBy(me, Relationship.OTHER, false);
        long neighboursDraft = drafts.draft(me, neighbour.personId(), training);

        var stranger = accounts.applicant("赵六");
        long strangersPerson = people.self(stranger).personId();
        long strangersApplication = drafts.completeDraft(stranger, strangersPerson, welfarePost);
        var strangersReference = submit(stranger, strangersApplication);
        TestAccounts.signOut();
        // The SMS go out after each change commits, on another thread; the tests expect them gone out.
        messages.awaitAllHandled();
        return new Family(me, personId, first, firstReference, second, secondReference, draft, certificatePhoto,
                daughtersPhoto, unusedPhoto, daughter, mother, mothersDraft, photoForMother, neighbour,
                neighboursDraft, stranger, strangersApplication, strangersReference);
    }

    private String submit(PortalUser account, long id) {
        TestAccounts.signIn(account);
        return ((SubmitOutcome.Submitted) applications.submit(id, drafts.version(id))).reference();
    }
}
