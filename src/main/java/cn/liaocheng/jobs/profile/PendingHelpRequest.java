package cn.liaocheng.jobs.profile;

import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.PhoneNumber;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A helper's request (代办) still waiting for the person's consent, as staff see it when the person comes to the
 * township or county federation to confirm in person. Only what identifies the request: the name and phone the
 * helper typed (never numbers), who asks and as whom.
 *
 * @param county       where the person's record says they live; null when the record has none yet (a person a helper
 *                     added), in which case any caseworker who finds it by the person's phone may confirm it
 * @param personPhone  the phone the helper typed for the person; shown masked
 * @param numbersTyped the helper entered ID or certificate numbers, which the person confirms along with the consent
 */
public record PendingHelpRequest(long helpId, String personName, @Nullable PhoneNumber personPhone, String helperName,
        Relationship relationship, Instant requestedAt, @Nullable County county, boolean numbersTyped) {

    @Override
    public String toString() {
        // Never the name or phone: this may end up in a log line.
        return "PendingHelpRequest[help=" + helpId + ", county=" + county + "]";
    }
}
