package cn.liaocheng.jobs.personaldata;

import cn.liaocheng.jobs.accounts.AccountRecord;
import cn.liaocheng.jobs.applications.ApplicationsExport;
import cn.liaocheng.jobs.bankreferrals.BankCopy;
import cn.liaocheng.jobs.recommendations.RecordedAssessment;
import cn.liaocheng.jobs.documents.DocumentInfo;
import cn.liaocheng.jobs.messages.OutgoingMessage;
import cn.liaocheng.jobs.profile.HelperLink;
import cn.liaocheng.jobs.profile.ProfileDetails;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Everything the portal holds about the signed-in account, from every capability, as each gave it: the account, its
 * own person's profile, helper links both ways, applications, files, notifications and messages, and the copy the
 * bank holds of each referral of the own person ({@code bankCopies}), and what each 职业能力评估 of the own person found
 * ({@code assessments}). Made for one
 * download and then dropped; never kept, never logged.
 *
 * @param profile   null when the account has no profile (yet)
 * @param documents the files of the account and of its own person's applications, one entry each
 */
public record MyData(Instant madeAt, Locale language, AccountRecord account, @Nullable ProfileDetails profile,
        List<HelperLink> helperLinks, ApplicationsExport applications, List<MyDocument> documents,
        List<OutgoingMessage> messages, List<BankCopy> bankCopies, List<RecordedAssessment> assessments) {

    public MyData {
        helperLinks = List.copyOf(helperLinks);
        documents = List.copyOf(documents);
        messages = List.copyOf(messages);
        bankCopies = List.copyOf(bankCopies);
        assessments = List.copyOf(assessments);
    }

    /**
     * One file: what is known about it, whether the account uploaded it (or someone helping the person did), when it
     * was deleted if it was, and the application it belongs to, through which a helper's upload is read.
     *
     * @param applicationId the own person's application whose answers name it; null for an upload no application of
     *                      the person's names
     */
    public record MyDocument(DocumentInfo info, boolean uploadedByMe, @Nullable Instant deletedAt,
            @Nullable Long applicationId) {

        public boolean deleted() {
            return deletedAt != null;
        }
    }
}
