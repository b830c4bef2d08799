package cn.liaocheng.jobs.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator looks for: entries about one person, by one staff member, on one day (Liaocheng time), or
 * any combination; a criterion left {@code null} does not restrict.
 */
public record AuditSearch(@Nullable Long personId, @Nullable Long actorAccountId, @Nullable LocalDate day) {

    public static AuditSearch aboutPerson(long personId) {
        return new AuditSearch(personId, null, null);
    }

    public static AuditSearch byStaffMember(long accountId) {
        return new AuditSearch(null, accountId, null);
    }

    public static AuditSearch onDay(LocalDate day) {
        return new AuditSearch(null, null, day);
    }

    /** Short and without personal data, for the entry that records the search itself. */
    String describe() {
        var parts = new java.util.ArrayList<String>();
        if (personId != null) {
            parts.add("person " + personId);
        }
        if (actorAccountId != null) {
            parts.add("staff " + actorAccountId);
        }
        if (day != null) {
            parts.add("day " + day);
        }
        return parts.isEmpty() ? "all" : String.join(", ", parts);
    }
}
