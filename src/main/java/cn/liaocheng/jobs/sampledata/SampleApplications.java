package cn.liaocheng.jobs.sampledata;

import cn.liaocheng.jobs.accounts.AccountService;
import cn.liaocheng.jobs.accounts.PortalUser;
import cn.liaocheng.jobs.accounts.SampleApplicantAccounts;
import cn.liaocheng.jobs.applications.Answers;
import cn.liaocheng.jobs.applications.ApplicationService;
import cn.liaocheng.jobs.applications.Question;
import cn.liaocheng.jobs.applications.QuestionType;
import cn.liaocheng.jobs.applications.SaveOutcome;
import cn.liaocheng.jobs.applications.StartOutcome;
import cn.liaocheng.jobs.applications.Step;
import cn.liaocheng.jobs.applications.SubmitOutcome;
import cn.liaocheng.jobs.bankreferrals.BankReferral;
import cn.liaocheng.jobs.bankreferrals.BankReferrals;
import cn.liaocheng.jobs.bankreferrals.LoanOutcome;
import cn.liaocheng.jobs.bankreferrals.StepOutcome;
import cn.liaocheng.jobs.documents.DocumentService;
import cn.liaocheng.jobs.documents.UploadOutcome;
import cn.liaocheng.jobs.platform.Translations;
import cn.liaocheng.jobs.profile.ContactPreference;
import cn.liaocheng.jobs.profile.Education;
import cn.liaocheng.jobs.profile.ProfileChanges;
import cn.liaocheng.jobs.profile.ProfileService;
import cn.liaocheng.jobs.profile.SaveOutcome.Saved;
import cn.liaocheng.jobs.review.EmploymentKind;
import cn.liaocheng.jobs.review.Outcome;
import cn.liaocheng.jobs.review.ReviewOutcome;
import cn.liaocheng.jobs.review.ReviewService;
import cn.liaocheng.jobs.review.SocialInsurance;
import cn.liaocheng.jobs.sampledata.SampleStory.Approved;
import cn.liaocheng.jobs.sampledata.SampleStory.Assessed;
import cn.liaocheng.jobs.sampledata.SampleStory.Employed;
import cn.liaocheng.jobs.sampledata.SampleStory.InReview;
import cn.liaocheng.jobs.sampledata.SampleStory.LoanDisbursed;
import cn.liaocheng.jobs.sampledata.SampleStory.MoreInformationNeeded;
import cn.liaocheng.jobs.sampledata.SampleStory.Rejected;
import cn.liaocheng.jobs.sampledata.SampleStory.Submitted;
import cn.liaocheng.jobs.sampledata.SampleStory.Trained;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.DisabilityCertificateNumber;
import cn.liaocheng.jobs.shared.PhoneNumber;
import cn.liaocheng.jobs.shared.ResidentIdNumber;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Fills the sample profile's queues: {@link SampleStories#ALL} applicants (names ending in （示例）) apply as a person
 * does, and the sample staff (and the bank's sample loan officer) take each application to its state, pressing the
 * same service methods as the staff pages, so the history, messages and 操作记录 are the real ones. Runs after the
 * sample catalogue and the sample staff exist ({@link #ORDER}), once per applicant: one whose phone already has an
 * account is left alone, so a restart changes nothing.
 */
@Component
@Profile("sample")
@Order(SampleApplications.ORDER)
class SampleApplications implements ApplicationRunner {

    /** After the sample catalogue (10) and the sample staff (20). */
    static final int ORDER = 100;

    static final PhoneNumber ADMINISTRATOR = new PhoneNumber("13800000001");
    static final PhoneNumber SHENXIAN_CASEWORKER = new PhoneNumber("13800000002");
    static final PhoneNumber DONGE_CASEWORKER = new PhoneNumber("13800000003");
    static final PhoneNumber LOAN_OFFICER = new PhoneNumber("13800000004");

    private static final Logger log = LoggerFactory.getLogger(SampleApplications.class);
    private static final Duration BANK_QUEUE_WAIT = Duration.ofSeconds(30);
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String[] CHECK = {"1", "0", "X", "9", "8", "7", "6", "5", "4", "3", "2"};

    private final SampleApplicantAccounts applicants;
    private final AccountService accounts;
    private final ProfileService profiles;
    private final DocumentService documents;
    private final ApplicationService applications;
    private final ReviewService review;
    private final BankReferrals bank;
    private final Translations translations;

    SampleApplications(SampleApplicantAccounts applicants, AccountService accounts, ProfileService profiles,
            DocumentService documents, ApplicationService applications, ReviewService review, BankReferrals bank,
            Translations translations) {
        this.applicants = applicants;
        this.accounts = accounts;
        this.profiles = profiles;
        this.documents = documents;
        this.applications = applications;
        this.review = review;
        this.bank = bank;
        this.translations = translations;
    }

    @Override
    public void run(ApplicationArguments args) {
        var missing = SampleStories.ALL.stream()
                .filter(story -> applicants.find(new PhoneNumber(story.phone())).isEmpty()).toList();
        if (missing.isEmpty()) {
            return;
        }
        if (accounts.findByPhone(ADMINISTRATOR).isEmpty() || accounts.findByPhone(LOAN_OFFICER).isEmpty()) {
            log.warn("No sample staff: the sample applications are left out");
            return;
        }
        var before = SecurityContextHolder.getContext().getAuthentication();
        try {
            missing.forEach(this::tell);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
        log.info("Made {} sample applications (README: sample applications)", missing.size());
    }

    private void tell(SampleStory story) {
        long applicationId = apply(story);
        var staff = staffFor(story.county());
        switch (story.ending()) {
            case Submitted s -> {
            }
            case InReview r -> {
                decide(staff, applicationId, v -> review.assignToMe(applicationId, v));
                decide(staff, applicationId, v -> review.startReview(applicationId, v));
            }
            case MoreInformationNeeded m -> {
                decide(staff, applicationId, v -> review.startReview(applicationId, v));
                decide(staff, applicationId, v -> review.requestMoreInformation(applicationId, v, m.message()));
            }
            case Approved a -> approve(staff, applicationId);
            case Rejected r -> {
                decide(staff, applicationId, v -> review.startReview(applicationId, v));
                var wording = translations.render(r.reason().messageKey(), Locale.SIMPLIFIED_CHINESE);
                decide(staff, applicationId,
                        v -> review.reject(applicationId, v, r.reason(), r.explanation(), wording));
            }
            case Trained t -> {
                approve(staff, applicationId);
                complete(staff, applicationId, new Outcome.Training(true, true, t.certificate()));
            }
            case Employed e -> {
                approve(staff, applicationId);
                complete(staff, applicationId,
                        new Outcome.Employment(true, e.employer(), applications.today(), e.kind(),
                                e.kind() == EmploymentKind.SELF_EMPLOYED ? SocialInsurance.UNKNOWN : SocialInsurance.YES));
            }
            case Assessed a -> {
                approve(staff, applicationId);
                decide(staff, applicationId, v -> review.complete(applicationId, v,
                        new Outcome.Training(true, true, null), a.findings()));
            }
            case LoanDisbursed l -> {
                approve(staff, applicationId);
                var referral = referralOf(applicationId);
                bankStep(bank.accept(referral.id(), referral.version()));
                var accepted = bank.referral(referral.id());
                bankStep(bank.disburse(accepted.id(), accepted.version(), Long.toString(l.yuan()),
                        applications.today()));
                complete(staff, applicationId,
                        new Outcome.Loan((int) l.yuan(), LoanOutcome.ABC_LIAOCHENG, applications.today()));
            }
        }
    }

    /** The applicant's side: account, 我的资料 with consent, the certificate photo, the form, 提交. */
    private long apply(SampleStory story) {
        var phone = new PhoneNumber(story.phone());
        var applicant = applicants.create(phone, story.name());
        signIn(applicant);
        var id = residentId(story);
        var saved = profiles.saveOwnProfile(new ProfileChanges(applicant.displayName(), phone, story.county(),
                story.township(), story.household(), story.education(),
                story.education().isHigherEducation() ? 2024 : null, ContactPreference.SMS, true, id,
                new DisabilityCertificateNumber(id, story.category(), story.grade()), Set.of()));
        long personId = ((Saved) saved).personId();
        var started = applications.start(story.offerSlug(), personId);
        if (!(started instanceof StartOutcome.Started(var applicationId, var step))) {
            throw new IllegalStateException("sample offer not open: " + story.offerSlug() + " " + started);
        }
        var details = applications.find(applicationId).orElseThrow();
        int version = details.application().version();
        var photo = certificatePhoto();
        for (var formStep : details.form().steps()) {
            var answers = answersFor(formStep, details.application().answers(), phone, photo);
            version = ((SaveOutcome.Saved) applications.save(applicationId, version, formStep.id(), answers))
                    .version();
        }
        var submitted = applications.submit(applicationId, version);
        if (!(submitted instanceof SubmitOutcome.Submitted)) {
            throw new IllegalStateException("sample application not submitted: " + submitted);
        }
        return applicationId;
    }

    private PortalUser staffFor(County county) {
        var phone = switch (county) {
            case SHENXIAN -> SHENXIAN_CASEWORKER;
            case DONGE -> DONGE_CASEWORKER;
            default -> ADMINISTRATOR;
        };
        return accounts.findByPhone(phone).or(() -> accounts.findByPhone(ADMINISTRATOR)).orElseThrow();
    }

    private interface Decision {
        ReviewOutcome take(int version);
    }

    /** As the staff member: open the application (recorded, as on the page), then press one button. */
    private void decide(PortalUser staff, long applicationId, Decision decision) {
        signIn(staff);
        int version = review.open(applicationId).reviewCase().version();
        var outcome = decision.take(version);
        if (!(outcome instanceof ReviewOutcome.Done)) {
            throw new IllegalStateException("sample decision refused: " + outcome);
        }
    }

    private void approve(PortalUser staff, long applicationId) {
        decide(staff, applicationId, v -> review.assignToMe(applicationId, v));
        decide(staff, applicationId, v -> review.startReview(applicationId, v));
        decide(staff, applicationId, v -> review.approve(applicationId, v));
    }

    private void complete(PortalUser staff, long applicationId, Outcome outcome) {
        decide(staff, applicationId, v -> review.complete(applicationId, v, outcome));
    }

    /** The bank's copy arrives after the approval commits (an event of the publication registry): wait for it. */
    private BankReferral referralOf(long applicationId) {
        signIn(accounts.findByPhone(LOAN_OFFICER).orElseThrow());
        var deadline = Instant.now().plus(BANK_QUEUE_WAIT);
        while (Instant.now().isBefore(deadline)) {
            var referral = bank.queue().stream().filter(r -> r.applicationId() == applicationId).findFirst();
            if (referral.isPresent()) {
                return referral.get();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("the approved sample referral did not reach the bank's queue");
    }

    private static void bankStep(StepOutcome outcome) {
        if (!(outcome instanceof StepOutcome.Recorded)) {
            throw new IllegalStateException("sample bank step refused: " + outcome);
        }
    }

    /** Plain, valid answers for what the profile did not fill in already; "no" to every yes/no. */
    private Answers answersFor(Step step, Answers prefilled, PhoneNumber phone, UUID photo) {
        var values = new LinkedHashMap<String, Object>();
        var today = applications.today();
        for (var q : step.questions()) {
            if (prefilled.isAnswered(q.id())) {
                prefilled.raw(q.id()).ifPresent(value -> values.put(q.id(), value));
                continue;
            }
            switch (q.type()) {
                case SHORT_TEXT -> values.put(q.id(), "示例");
                case LONG_TEXT -> values.put(q.id(), "示例申请：想学一门手艺，在家门口找到工作。");
                case NUMBER -> values.put(q.id(), String.valueOf(number(q)));
                case PHONE -> values.put(q.id(), phone.value());
                case SINGLE_CHOICE -> values.put(q.id(), q.choices().getFirst().code());
                case MULTIPLE_CHOICE -> values.put(q.id(), List.of(q.choices().getFirst().code()));
                case YES_NO -> values.put(q.id(), Answers.NO);
                case DATE -> values.put(q.id(), (q.dates() == Question.DateRule.NOT_IN_PAST
                        ? today.plusDays(14) : today.minusYears(1)).toString());
                case DOCUMENT -> values.put(q.id(), photo.toString());
            }
        }
        return Answers.of(values);
    }

    /** A round sum within the question's bounds: 50,000 yuan for a loan, else the smallest accepted. */
    private static long number(Question q) {
        long low = q.min() == null ? 1 : q.min();
        long high = q.max() == null ? Long.MAX_VALUE : q.max();
        long wanted = q.unit() != null && q.unit().contains("yuan") ? 50_000 : low;
        return Math.max(low, Math.min(high, wanted));
    }

    /** A small grey picture standing in for the photo of the 残疾人证, uploaded by the signed-in applicant. */
    private UUID certificatePhoto() {
        var image = new BufferedImage(64, 40, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(Color.LIGHT_GRAY);
        graphics.fillRect(0, 0, 64, 40);
        graphics.dispose();
        var bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var stored = documents.store(new ByteArrayInputStream(bytes.toByteArray()), "残疾人证（示例）.png");
        return ((UploadOutcome.Stored) stored).document().id();
    }

    /** A valid number for the story's county (its area code) and birth date, made unique by the phone's last digits. */
    static ResidentIdNumber residentId(SampleStory story) {
        var body = areaCode(story.county()) + story.born().toString().replace("-", "")
                + story.phone().substring(story.phone().length() - 3);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return new ResidentIdNumber(body + CHECK[sum % 11]);
    }

    private static String areaCode(County county) {
        return switch (county) {
            case DONGCHANGFU -> "371502";
            case CHIPING -> "371503";
            case YANGGU -> "371521";
            case SHENXIAN -> "371522";
            case DONGE -> "371524";
            case GUANXIAN -> "371525";
            case GAOTANG -> "371526";
            case LINQING -> "371581";
            default -> "371500";
        };
    }

    private static void signIn(PortalUser user) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
