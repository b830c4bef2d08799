package cn.liaocheng.jobs.applications;

import cn.liaocheng.jobs.shared.LocalizedText;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An application for someone the signed-in account helps, as far as it is the account's own doing: which offer, for
 * whom (the name as the account sees it), where it stands, and whether the account started or sent it. The answers,
 * history and files are the other person's data and are in their copy, not the helper's.
 *
 * @param documentIds the files its answers refer to; they belong to that person's application
 */
public record ApplicationForOthers(String personName, LocalizedText offerTitle, ApplicationStatus status,
        @Nullable String reference, Instant createdAt, @Nullable Instant submittedAt, boolean startedByMe,
        boolean submittedByMe, Set<UUID> documentIds) {

    public ApplicationForOthers {
        documentIds = Set.copyOf(documentIds);
    }
}
