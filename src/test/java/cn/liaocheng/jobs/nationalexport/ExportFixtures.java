package cn.liaocheng.jobs.nationalexport;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.catalogue.OfferSubtype;
import cn.liaocheng.jobs.catalogue.TestOffers;
import cn.liaocheng.jobs.profile.TestPeople;
import cn.liaocheng.jobs.review.EmploymentKind;
import cn.liaocheng.jobs.review.Outcome;
import cn.liaocheng.jobs.review.ReviewOutcome;
import cn.liaocheng.jobs.review.ReviewService;
import cn.liaocheng.jobs.review.SocialInsurance;
import cn.liaocheng.jobs.review.TestSubmissions;
import cn.liaocheng.jobs.shared.County;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Completed applications with their 办结 outcome, made as applicants and staff make them (submitted, reviewed,
 * approved, completed through review): what the national export reads. Leaves nobody signed in.
 */
@Component
public class ExportFixtures {

    /** One person's completed application and the numbers the export must carry for them. */
    public record Completed(long applicationId, String reference, long personId, String name, String certificate,
            String maskedCertificate, String phone, String offerTitle) {}

    private final TestSubmissions submissions;
    private final TestOffers offers;
    private final TestPeople people;
    private final TestAccounts accounts;
    private final ReviewService review;

    ExportFixtures(TestSubmissions submissions, TestOffers offers, TestPeople people, TestAccounts accounts,
            ReviewService review) {
        this.submissions = submissions;
        this.offers = offers;
        this.people = people;
        this.accounts = accounts;
        this.review = review;
    }

    public Completed employed(String name, County county, String employer, EmploymentKind kind,
            SocialInsurance insurance, LocalDate start) {
        var offer = offers.offer("公益性岗位 " + TestOffers.uniqueToken()).subtype(OfferSubtype.PUBLIC_WELFARE_POST)
                .county(county).save();
        return complete(name, offer, county, new Outcome.Employment(true, employer, start, kind, insurance));
    }

    /** A job programme whose outcome says the person was not employed: nothing for the export. */
    public Completed notEmployed(String name, County county) {
        var offer = offers.offer("公益性岗位 " + TestOffers.uniqueToken()).subtype(OfferSubtype.PUBLIC_WELFARE_POST)
                .county(county).save();
        return complete(name, offer, county, new Outcome.Employment(false, null, null, null, null));
    }

    public Completed trained(String name, County county, boolean enrolled, boolean completed, String certificate) {
        var offer = offers.offer("培训 " + TestOffers.uniqueToken()).county(county).save();
        return complete(name, offer, county, new Outcome.Training(enrolled, completed, certificate));
    }

    private Completed complete(String name, cn.liaocheng.jobs.catalogue.Offer offer, County county, Outcome outcome) {
        var submitted = submissions.of(name, offer, county);
        TestAccounts.signIn(accounts.create("市残联 办结", Role.CITY_ADMINISTRATOR));
        long id = submitted.applicationId();
        review.startReview(id, review.open(id).reviewCase().version());
        review.approve(id, review.open(id).reviewCase().version());
        var done = review.complete(id, review.open(id).reviewCase().version(), outcome);
        TestAccounts.signOut();
        if (!(done instanceof ReviewOutcome.Done)) {
            throw new IllegalStateException("not completed: " + done);
        }
        var certificate = people.certificate(submitted.personId());
        return new Completed(id, submitted.reference(), submitted.personId(), name, certificate.value(),
                certificate.masked(), submitted.applicant().phoneNumber(), offer.title().zh());
    }
}
