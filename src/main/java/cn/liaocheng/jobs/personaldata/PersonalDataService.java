package cn.liaocheng.jobs.personaldata;

import cn.liaocheng.jobs.accounts.AccountDataService;
import cn.liaocheng.jobs.applications.ApplicationService;
import cn.liaocheng.jobs.applications.KeptApplications;
import cn.liaocheng.jobs.bankreferrals.BankReferrals;
import cn.liaocheng.jobs.documents.DocumentContent;
import cn.liaocheng.jobs.documents.DocumentService;
import cn.liaocheng.jobs.messages.MessageService;
import cn.liaocheng.jobs.profile.HelpingService;
import cn.liaocheng.jobs.profile.ProfileService;
import cn.liaocheng.jobs.recommendations.RecommendationService;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts together what each capability holds about the signed-in account, through each one's own access-checked
 * service: nothing here reads a table, so nothing here can show more than those services allow. Also opens the
 * files of the package, again through those services, when the download is made.
 */
@Service
public class PersonalDataService {

    private final AccountDataService accounts;
    private final ProfileService profiles;
    private final HelpingService helping;
    private final ApplicationService applications;
    private final DocumentService documents;
    private final MessageService messages;
    private final BankReferrals bank;
    private final RecommendationService recommendations;
    private final Clock clock;

    PersonalDataService(AccountDataService accounts, ProfileService profiles, HelpingService helping,
            ApplicationService applications, DocumentService documents, MessageService messages, BankReferrals bank,
            RecommendationService recommendations, Clock clock) {
        this.accounts = accounts;
        this.recommendations = recommendations;
        this.bank = bank;
        this.profiles = profiles;
        this.helping = helping;
        this.applications = applications;
        this.documents = documents;
        this.messages = messages;
        this.clock = clock;
    }

    /** Everything about the signed-in applicant, worded in {@code language}; empty for nobody or staff. */
    @Transactional
    public Optional<MyData> collect(Locale language) {
        var account = accounts.exportOwnAccount();
        if (account.isEmpty()) {
            return Optional.empty();
        }
        var exported = applications.exportMine(language);
        var files = new LinkedHashMap<UUID, MyData.MyDocument>();
        long me = account.get().accountId();
        // The own person's applications first: their files are the person's, whoever uploaded them.
        exported.own().forEach(application -> application.documents().forEach(info -> files.putIfAbsent(info.id(),
                new MyData.MyDocument(info, info.uploadedBy() == me, null, application.id()))));
        // Then the account's own uploads, except those that are part of someone else's application.
        documents.exportOwnUploads().stream()
                .filter(upload -> !exported.othersDocuments().contains(upload.info().id()))
                .forEach(upload -> files.putIfAbsent(upload.info().id(),
                        new MyData.MyDocument(upload.info(), true, upload.deletedAt(), null)));
        return Optional.of(new MyData(clock.instant(), language, account.get(), profiles.ownProfile().orElse(null),
                helping.exportLinks(), exported, files.values().stream().toList(), messages.exportForOwnPerson(),
                bank.exportForOwnPerson(), recommendations.exportForOwnPerson()));
    }

    /** What of the person's applications the federation would keep, and until when, if the account went now. */
    public KeptApplications keptIfAccountDeleted() {
        return applications.keptIfAccountDeleted();
    }

    /**
     * Deletes the signed-in applicant's account and, through {@code AccountDeleted}, what every capability holds for
     * it, in one transaction: all of it or, when anything fails, nothing.
     */
    public AccountDeletionOutcome deleteMyAccount() {
        try {
            return accounts.deleteOwnAccount() ? new AccountDeletionOutcome.Deleted()
                    : new AccountDeletionOutcome.NotSignedIn();
        } catch (ConcurrencyFailureException e) {
            return new AccountDeletionOutcome.TryAgain();
        }
    }

    /** The file of one entry, through the service that decides who may read it; empty when it is gone. */
    public Optional<DocumentContent> open(MyData.MyDocument document) {
        if (document.deleted()) {
            return Optional.empty();
        }
        var id = document.info().id();
        return document.applicationId() != null ? applications.openDocument(document.applicationId(), id)
                : documents.open(id);
    }
}
