package cn.liaocheng.jobs.applications;

import cn.liaocheng.jobs.documents.DocumentRecord;
import cn.liaocheng.jobs.documents.DocumentService;
import cn.liaocheng.jobs.profile.HelperWithdrawn;
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
 * <p>Deleting the sensitive data happens in the person's own request; the handler checks that, because it deletes
 * the signed-in account's uploads through the documents service.
 */
@Component
class ProfileChangesListener {

    /** Answers that carry health or disability data, which a draft loses when the person asks for its deletion. */
    static final List<String> SENSITIVE_ANSWERS = List.of("support-needs", "other-needs", "certificate-photo");

    private final ApplicationStore store;
    private final DocumentService documents;
    private final ProfileService profiles;
    private final Clock clock;

    ProfileChangesListener(ApplicationStore store, DocumentService documents, ProfileService profiles, Clock clock) {
        this.store = store;
        this.documents = documents;
        this.profiles = profiles;
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
