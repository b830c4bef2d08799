package cn.liaocheng.jobs.nationalexport;

import cn.liaocheng.jobs.catalogue.Offer;
import cn.liaocheng.jobs.profile.PersonForNationalExport;
import cn.liaocheng.jobs.review.RecordedOutcome;
import org.jspecify.annotations.Nullable;

/**
 * One row of an export before it is written: review's outcome, the person from the profile (null when the profile is
 * gone) and the offer from the catalogue (null when it was removed).
 */
record ExportRow(RecordedOutcome outcome, @Nullable PersonForNationalExport person, @Nullable Offer offer) {

    boolean hasCertificate() {
        return person != null && person.certificateNumber() != null;
    }
}
