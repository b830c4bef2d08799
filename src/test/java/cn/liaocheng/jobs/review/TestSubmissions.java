package cn.liaocheng.jobs.review;

import cn.liaocheng.jobs.accounts.PortalUser;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.applications.ApplicationService;
import cn.liaocheng.jobs.applications.SubmitOutcome;
import cn.liaocheng.jobs.applications.TestApplications;
import cn.liaocheng.jobs.catalogue.OfferSubtype;
import cn.liaocheng.jobs.catalogue.TestOffers;
import cn.liaocheng.jobs.profile.TestPeople;
import org.springframework.stereotype.Component;

/** Submitted applications for review tests, made as an applicant makes them; leaves nobody signed in. */
@Component
public class TestSubmissions {

    public record Submitted(long applicationId, String reference, PortalUser applicant, long personId) {}

    private final TestAccounts accounts;
    private final TestPeople people;
    private final TestOffers offers;
    private final TestApplications drafts;
    private final ApplicationService applications;

    TestSubmissions(TestAccounts accounts, TestPeople people, TestOffers offers, TestApplications drafts,
            ApplicationService applications) {
        this.accounts = accounts;
        this.people = people;
        this.offers = offers;
        this.drafts = drafts;
        this.applications = applications;
    }

    /** A course application of a person living in 莘县 (the test profile's county). */
    public Submitted course(String applicantName) {
        return of(applicantName, offers.offer("培训 " + TestOffers.uniqueToken()).save());
    }

    public Submitted loan(String applicantName) {
        return of(applicantName, offers.offer("贷款 " + TestOffers.uniqueToken())
                .subtype(OfferSubtype.GUARANTEED_STARTUP).loanUpTo(50_000).save());
    }

    /** An application for this offer, e.g. a course with few seats. */
    public Submitted forOffer(String applicantName, cn.liaocheng.jobs.catalogue.Offer offer) {
        return of(applicantName, offer);
    }

    private Submitted of(String applicantName, cn.liaocheng.jobs.catalogue.Offer offer) {
        return of(applicantName, offer, null);
    }

    /** An application for {@code offer} of a person living in {@code county} (莘县 when null). */
    public Submitted of(String applicantName, cn.liaocheng.jobs.catalogue.Offer offer,
            cn.liaocheng.jobs.shared.@org.jspecify.annotations.Nullable County county) {
        var applicant = accounts.applicant(applicantName);
        long personId = people.self(applicant).personId();
        if (county != null) {
            people.moveTo(personId, county);
        }
        long id = drafts.completeDraft(applicant, personId, offer);
        var outcome = applications.submit(id, drafts.version(id));
        if (!(outcome instanceof SubmitOutcome.Submitted submitted)) {
            throw new IllegalStateException("not submitted: " + outcome);
        }
        TestAccounts.signOut();
        return new Submitted(id, submitted.reference(), applicant, personId);
    }

    /** Answers 需补充材料 as the applicant: sends the same application again. */
    public void resubmit(Submitted submitted) {
        TestAccounts.signIn(submitted.applicant());
        var outcome = applications.submit(submitted.applicationId(), drafts.version(submitted.applicationId()));
        if (!(outcome instanceof SubmitOutcome.Submitted)) {
            throw new IllegalStateException("not resubmitted: " + outcome);
        }
        TestAccounts.signOut();
    }
}
