package cn.liaocheng.jobs.documents;

import cn.liaocheng.jobs.accounts.CurrentAccount;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The only way to store and read documents. A document belongs to the account that uploaded it: {@link #info},
 * {@link #open} and {@link #delete} answer only that account and are empty for anyone else or for nobody signed in,
 * so a view shows its not-found page and reveals nothing. Ids come from forms and addresses; treat each as untrusted.
 * <p>
 * File names and contents can be personal: nothing here logs them, and callers must not either.
 */
@Service
public class DocumentService {

    /** 10 MB: enough for a phone photo of a certificate or a scanned business plan. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(DocumentService.class);

    private final DocumentRepository documents;
    private final DocumentFiles files;
    private final CurrentAccount currentAccount;
    private final Clock clock;

    DocumentService(DocumentRepository documents, DocumentFiles files, CurrentAccount currentAccount, Clock clock) {
        this.documents = documents;
        this.files = files;
        this.currentAccount = currentAccount;
        this.clock = clock;
    }

    /**
     * Stores an upload for the signed-in account if its content is a PDF, JPEG or PNG of at most {@link #MAX_BYTES}.
     * {@code fileName} is only shown back (cleaned, see {@link DocumentInfo#displayName()}); the type is decided by
     * the bytes. Reads {@code content} but does not close it.
     *
     * @throws org.springframework.security.access.AccessDeniedException when nobody is signed in
     * @throws UncheckedIOException when the upload broke off or the disk failed; nothing is left behind
     */
    public UploadOutcome store(InputStream content, String fileName) {
        long owner = currentAccount.requireId();
        try {
            var reception = files.receive(content, MAX_BYTES);
            if (reception instanceof DocumentFiles.Reception.Refused(var outcome)) {
                return outcome;
            }
            var arrived = (DocumentFiles.Reception.Arrived) reception;
            var id = UUID.randomUUID();
            try {
                files.keep(arrived.temporaryFile(), id);
                var saved = documents.save(Document.create(id, owner, arrived.type(), arrived.sizeBytes(),
                        arrived.sha256(), DisplayNames.clean(fileName, arrived.type()), clock.instant()));
                return new UploadOutcome.Stored(saved.toInfo());
            } catch (RuntimeException | IOException e) {
                files.discard(arrived.temporaryFile());
                files.remove(id);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("document upload failed", e);
        }
    }

    /** The signed-in uploader's document; empty for any other account, nobody signed in, or a deleted document. */
    public Optional<DocumentInfo> info(UUID id) {
        return ownDocument(id).map(Document::toInfo);
    }

    /** The signed-in uploader's document to read; empty exactly when {@link #info} is. */
    public Optional<DocumentContent> open(UUID id) {
        return ownDocument(id).map(this::content);
    }

    /**
     * Deletes the signed-in uploader's document: the bytes go at once, the row keeps when it was deleted.
     * Returns false, changing nothing, when the document is not theirs or already gone.
     */
    @Transactional
    public boolean delete(UUID id) {
        var found = ownDocument(id);
        if (found.isEmpty()) {
            return false;
        }
        documents.save(found.get().deleted(clock.instant()));
        try {
            files.remove(id);
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete a document's file", e);
        }
        return true;
    }

    /**
     * Any account's document, WITHOUT checking who is asking. Only for a capability that has already checked that
     * the signed-in person may see the record which refers to this document: the person seeing a document their
     * helper uploaded for their application, or staff reviewing an application in their county. Never call it
     * with an id that came from an address or a form field; take the id from the record you checked.
     */
    public Optional<DocumentInfo> infoAccessCheckedByCaller(UUID id) {
        return documents.findById(id).filter(d -> !d.isDeleted()).map(Document::toInfo);
    }

    /** {@link #open} WITHOUT the owner check; the same rule as {@link #infoAccessCheckedByCaller} applies. */
    public Optional<DocumentContent> openAccessCheckedByCaller(UUID id) {
        return documents.findById(id).filter(d -> !d.isDeleted()).map(this::content);
    }

    /** Every document the signed-in account uploaded, deleted ones included, oldest first; empty for nobody. */
    public List<DocumentRecord> exportOwnUploads() {
        return currentAccount.user().map(user -> documents.findByOwnerAccountIdOrderByCreatedAt(user.accountId())
                .stream().map(d -> new DocumentRecord(d.toInfo(), d.deletedAt())).toList()).orElse(List.of());
    }

    /**
     * Deletes documents of any account, WITHOUT checking who is asking: the rows are marked deleted in the caller's
     * transaction, the files go once it has committed (so a rollback leaves every file in place). Only for a
     * capability that has checked the record these ids come from, on behalf of the person it belongs to: the
     * applications capability, deleting what the person's drafts refer to when they delete their sensitive data or
     * their account. Ids already deleted or unknown are skipped.
     *
     * @return how many documents were deleted now
     */
    @Transactional
    public int deleteAccessCheckedByCaller(Collection<UUID> ids) {
        var now = clock.instant();
        var deleted = new ArrayList<UUID>();
        documents.findAllById(Set.copyOf(ids)).stream().filter(d -> !d.isDeleted()).forEach(d -> {
            documents.save(d.deleted(now));
            deleted.add(d.id());
        });
        afterCommit(() -> deleted.forEach(this::removeFile));
        return deleted.size();
    }

    private void removeFile(UUID id) {
        try {
            files.remove(id);
        } catch (IOException e) {
            // The row says deleted, so nobody can read it any more; the id alone, never the name.
            log.error("The file of deleted document {} could not be removed: {}", id, e.getClass().getName());
        }
    }

    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    private Optional<Document> ownDocument(UUID id) {
        var user = currentAccount.user();
        if (user.isEmpty()) {
            return Optional.empty();
        }
        long accountId = user.get().accountId();
        return documents.findById(id).filter(d -> d.isOwnedBy(accountId) && !d.isDeleted());
    }

    private DocumentContent content(Document document) {
        return new DocumentContent(document.toInfo(), files.fileOf(document.id()));
    }
}
