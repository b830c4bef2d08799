package cn.liaocheng.jobs.applications;

import cn.liaocheng.jobs.accounts.CurrentAccount;
import cn.liaocheng.jobs.accounts.PortalUser;
import cn.liaocheng.jobs.documents.DocumentRecord;
import cn.liaocheng.jobs.documents.DocumentService;
import cn.liaocheng.jobs.profile.HelperWithdrawn;
import cn.liaocheng.jobs.profile.PersonSummary;
import cn.liaocheng.jobs.profile.ProfileDeleted;
import cn.liaocheng.jobs.profile.ProfileService;
import cn.liaocheng.jobs.profile.SensitiveDataDeleted;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follows the profile's decisions about the person, in the same transaction as the decision. Access itself needs
 * nothing here: {@link ApplicationService} asks the profile on every call, so a withdrawn helper loses the person's
 * applications at once.
 *
 * <p>Deleting data (the sensitive part, or the whole account) happens in the person's own request; the handlers
 * check that, because they delete the signed-in account's uploads through the documents service.
 */
@Component
class ProfileChangesListener {

    /** Answers that carry health or disability data, which a draft loses when the person asks for its deletion. */
    static final List<String> SENSITIVE_ANSWERS = List.of("support-needs", "other-needs", "certificate-photo");

    private final ApplicationStore store;
    private final DocumentService documents;
    private final ProfileService profiles;
    private final CurrentAccount current;
    private final Clock clock;

    ProfileChangesListener(ApplicationStore store, DocumentService documents, ProfileService profiles,
            CurrentAccount current, Clock clock) {
        this.store = store;
        this.documents = documents;
        this.profiles = profiles;
        this.current = current;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void on(HelperWithdrawn event) {
        store.forgetNotifications(event.helperAccountId(), event.personId());
    }

    /**
     * Sent applications are the legal record and keep their answers, with a visible mark; drafts were never sent,
     * so their health answers (and the certificate photo) are taken out, like the profile's own copy. Files that
     * are not part of a sent application go too: those in the person's drafts (whoever uploaded them) and those the
     * person uploaded that no application refers to. A file the person uploaded for someone they help stays: it is
     * part of that person's application.
     */
    @EventListener
    @Transactional
    void on(SensitiveDataDeleted event) {
        if (!Objects.equals(profiles.ownPersonId().orElse(null), event.personId())) {
            throw new IllegalStateException("sensitive data is deleted in the person's own request");
        }
        var now = clock.instant();
        var inDrafts = documentsIn(store.drafts(event.personId(), null));
        store.flagSensitiveDataDeleted(event.personId(), now);
        store.removeFromDrafts(event.personId(), SENSITIVE_ANSWERS, now);
        store.removeDocumentsFromDrafts(event.personId(), inDrafts, now);
        deleteDocumentsNoLongerReferred(inDrafts);
    }

    /**
     * The account is being deleted. The person's drafts go (whoever started them), and the drafts the account
     * prepared for people who never agreed to its help; drafts it prepared for people who agreed stay theirs, as
     * after a withdrawal. Sent applications stay as the federation's record, with the applicant's name and the time.
     * Nobody hears about the person's applications any more, and the account's own notifications go. Files go as
     * for {@link SensitiveDataDeleted}.
     */
    @EventListener
    @Transactional
    void on(ProfileDeleted event) {
        if (current.user().map(PortalUser::accountId).orElse(-1L) != event.accountId()) {
            throw new IllegalStateException("an account is deleted in its own request");
        }
        var now = clock.instant();
        var inDrafts = new HashSet<String>();
        var personId = event.personId();
        if (personId != null) {
            var name = profiles.find(personId).map(PersonSummary::name)
                    .orElseThrow(() -> new IllegalStateException("the own person is readable until deleted"));
            var drafts = store.drafts(personId, null);
            inDrafts.addAll(documentsIn(drafts));
            store.forgetNotificationsAbout(personId);
            store.deleteDrafts(drafts.stream().map(Application::id).toList());
            store.keepAsRecord(personId, name, now);
        }
        event.peopleAwaitingConsent().forEach(helped -> {
            var drafts = store.drafts(helped, event.accountId());
            inDrafts.addAll(documentsIn(drafts));
            store.deleteDrafts(drafts.stream().map(Application::id).toList());
        });
        store.forgetNotificationsOf(event.accountId());
        deleteDocumentsNoLongerReferred(inDrafts);
    }

    private static Set<String> documentsIn(List<Application> drafts) {
        return drafts.stream().flatMap(d -> ApplicationStore.documentIdsIn(d.answers()).stream())
                .collect(Collectors.toSet());
    }

    /** The drafts' files and the signed-in account's own uploads, unless an application still refers to them. */
    private void deleteDocumentsNoLongerReferred(Set<String> fromDrafts) {
        var candidates = new HashSet<>(fromDrafts);
        documents.exportOwnUploads().stream().filter(upload -> !upload.deleted()).map(DocumentRecord::info)
                .forEach(info -> candidates.add(info.id().toString()));
        candidates.removeAll(store.stillReferenced(candidates));
        documents.deleteAccessCheckedByCaller(candidates.stream().map(UUID::fromString).toList());
    }
}
