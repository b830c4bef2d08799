package cn.liaocheng.jobs.bankreferrals;

import cn.liaocheng.jobs.accounts.PortalUser;
import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.applications.ApplicationService;
import cn.liaocheng.jobs.applications.ApplicationStatus;
import cn.liaocheng.jobs.applications.TestApplications;
import cn.liaocheng.jobs.catalogue.OfferSubtype;
import cn.liaocheng.jobs.catalogue.TestOffers;
import cn.liaocheng.jobs.messages.TestMessages;
import cn.liaocheng.jobs.profile.TestPeople;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Applications taken to a decision by a caseworker, and the bank's queue as the listener left it. */
@Component
public class TestReferrals {

    /** An application sent and decided, and who it is for. */
    public record Decided(PortalUser applicant, long personId, long applicationId) {}

    private final ApplicationService applications;
    private final TestApplications drafts;
    private final TestAccounts accounts;
    private final TestPeople people;
    private final TestOffers offers;
    private final TestMessages messages;
    private final JdbcClient jdbc;

    TestReferrals(ApplicationService applications, TestApplications drafts, TestAccounts accounts, TestPeople people,
            TestOffers offers, TestMessages messages, JdbcClient jdbc) {
        this.applications = applications;
        this.drafts = drafts;
        this.accounts = accounts;
        this.people = people;
        this.offers = offers;
        this.messages = messages;
        this.jdbc = jdbc;
    }

    /** An application for an offer of {@code subtype}, submitted and then decided ({@code to}) by a caseworker. */
    public Decided decided(OfferSubtype subtype, ApplicationStatus to) {
        var applicant = accounts.applicant("张农");
        long personId = people.self(applicant).personId();
        long id = drafts.completeDraft(applicant, personId,
                offers.offer(TestOffers.uniqueToken()).subtype(subtype).save());
        TestAccounts.signIn(applicant);
        applications.submit(id, drafts.version(id));
        TestAccounts.signIn(accounts.create("东昌府区残联 王老师", Role.CASEWORKER));
        applications.changeStatus(id, ApplicationStatus.IN_REVIEW, null);
        applications.changeStatus(id, to, to.needsReason() ? "不符合条件" : null);
        TestAccounts.signOut();
        messages.awaitAllHandled();
        return new Decided(applicant, personId, id);
    }

    public Decided approvedReferral() {
        return decided(OfferSubtype.ABC_REFERRAL, ApplicationStatus.APPROVED);
    }

    /** The referral the queue made for an application, read without any access check. */
    public Optional<Long> referralId(long applicationId) {
        return jdbc.sql("select id from bankreferrals_referral where application_id = :id").param("id", applicationId)
                .query(Long.class).optional();
    }

    public int version(long referralId) {
        return jdbc.sql("select version from bankreferrals_referral where id = :id").param("id", referralId)
                .query(Integer.class).single();
    }
}
