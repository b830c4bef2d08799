package cn.liaocheng.jobs.recommendations;

import cn.liaocheng.jobs.accounts.PortalUser;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.catalogue.AccessibilityFeature;
import cn.liaocheng.jobs.catalogue.Offer;
import cn.liaocheng.jobs.catalogue.OfferSubtype;
import cn.liaocheng.jobs.catalogue.TestOffers;
import cn.liaocheng.jobs.profile.Relationship;
import cn.liaocheng.jobs.profile.SupportNeed;
import cn.liaocheng.jobs.profile.TestPeople;
import cn.liaocheng.jobs.review.Outcome;
import cn.liaocheng.jobs.review.ReviewOutcome;
import cn.liaocheng.jobs.review.ReviewService;
import cn.liaocheng.jobs.review.TestSubmissions;
import cn.liaocheng.jobs.review.TestSubmissions.Submitted;
import cn.liaocheng.jobs.shared.County;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * 职业能力评估 applications for tests, made as people and staff make them: an applicant in 莘县 applies, a 莘县 caseworker
 * starts, approves and (in {@link #finish}) completes it with findings. Leaves nobody signed in.
 */
@Component
public class TestAssessments {

    /**
     * A blind masseur's findings: good at massage, wants training, needs braille, sign language and step-free access.
     * A massage course in 莘县 with all three features ({@link #massageCourse}) scores 3 + 2 + 1 + 1 + 1 + 1 = 9, more than
     * any other offer tests make, so it is among the first however many offers the shared test database holds, tied
     * only with the other courses of {@link #massageCourse} (fewer than {@link Recommendations#SHOWN} in one run).
     */
    public static final Findings MASSEUR = new Findings(Set.of(Ability.MASSAGE), Set.of(Ability.COMMUNICATION),
            Set.of(SupportNeed.BRAILLE_OR_LARGE_PRINT, SupportNeed.SIGN_LANGUAGE, SupportNeed.STEP_FREE),
            Set.of(Direction.TRAINING));

    private final TestSubmissions submissions;
    private final TestOffers offers;
    private final TestAccounts accounts;
    private final ReviewService review;

    private final TestPeople people;

    TestAssessments(TestSubmissions submissions, TestOffers offers, TestAccounts accounts, ReviewService review,
            TestPeople people) {
        this.people = people;
        this.submissions = submissions;
        this.offers = offers;
        this.accounts = accounts;
        this.review = review;
    }

    /** A submitted assessment application of a person in 莘县. */
    public Submitted submitted(String applicantName) {
        var assessment = offers.offer("职业能力评估 " + TestOffers.uniqueToken()).subtype(OfferSubtype.ASSESSMENT)
                .county(County.SHENXIAN).save();
        return submissions.of(applicantName, assessment, null);
    }

    /** A massage course in 莘县 with braille, sign language and step-free access: the masseur's best fit. */
    public Offer massageCourse() {
        return offers.offer("盲人按摩培训 " + TestOffers.uniqueToken()).subtype(OfferSubtype.MASSAGE)
                .county(County.SHENXIAN).features(AccessibilityFeature.BRAILLE_LARGE_PRINT,
                        AccessibilityFeature.SIGN_LANGUAGE, AccessibilityFeature.STEP_FREE).save();
    }

    public PortalUser shenxianCaseworker() {
        return accounts.caseworker("莘县 张老师", County.SHENXIAN);
    }

    /** Started and approved by a 莘县 caseworker, ready for 办结. */
    public Submitted approved(String applicantName) {
        var submitted = submitted(applicantName);
        TestAccounts.signIn(shenxianCaseworker());
        long id = submitted.applicationId();
        done(review.startReview(id, version(id)));
        done(review.approve(id, version(id)));
        TestAccounts.signOut();
        return submitted;
    }

    /** Approved, then 办结 with {@code findings} by a 莘县 caseworker. */
    public Submitted finished(String applicantName, Findings findings) {
        var submitted = approved(applicantName);
        TestAccounts.signIn(shenxianCaseworker());
        long id = submitted.applicationId();
        done(review.complete(id, version(id), new Outcome.Training(true, true, null), findings));
        TestAccounts.signOut();
        return submitted;
    }

    private int version(long id) {
        return review.open(id).reviewCase().version();
    }

    private static void done(ReviewOutcome outcome) {
        if (!(outcome instanceof ReviewOutcome.Done)) {
            throw new IllegalStateException("not done: " + outcome);
        }
    }

    /** Who must not see a person's recommendations: a stranger, a helper still waiting for consent, a withdrawn one. */
    public List<PortalUser> outsidersOf(long personId) {
        var pending = accounts.applicant("黄小明");
        people.addHelper(personId, pending, Relationship.SON, false);
        var withdrawn = accounts.applicant("黄小刚");
        people.addHelper(personId, withdrawn, Relationship.SON, true);
        people.withdraw(personId, withdrawn);
        return List.of(accounts.applicant("路人甲"), pending, withdrawn);
    }
}
