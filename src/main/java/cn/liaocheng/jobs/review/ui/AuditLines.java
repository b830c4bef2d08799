package cn.liaocheng.jobs.review.ui;

import cn.liaocheng.jobs.audit.AuditEntry;
import cn.liaocheng.jobs.audit.AuditedAction;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The 操作记录 of one application as lines to read: every row stays in the audit table (append-only), but a staff
 * member opening the same application again and again on one day reads as one line, at the first opening, with how
 * many times and the latest, instead of burying the decisions under dozens of "打开了申请".
 */
final class AuditLines {

    /** One line: the entries it stands for, oldest first (one, or every opening by one person on one day). */
    record Line(List<AuditEntry> entries) {

        Line {
            entries = List.copyOf(entries);
        }

        AuditEntry first() {
            return entries.getFirst();
        }

        AuditEntry latest() {
            return entries.getLast();
        }

        int times() {
            return entries.size();
        }

        /** Every address the entries came from, in order, each once. */
        List<String> addresses() {
            var addresses = new LinkedHashSet<String>();
            entries.forEach(e -> addresses.add(e.clientAddress()));
            return List.copyOf(addresses);
        }
    }

    private AuditLines() {
    }

    private record Key(long actor, LocalDate day) {
    }

    /** {@code entries} oldest first, as {@code AuditTrail.forApplication} gives them. */
    static List<Line> of(List<AuditEntry> entries, ZoneId zone) {
        var lines = new ArrayList<List<AuditEntry>>();
        Map<Key, List<AuditEntry>> openings = new LinkedHashMap<>();
        for (var entry : entries) {
            if (entry.action() != AuditedAction.APPLICATION_OPENED) {
                lines.add(new ArrayList<>(List.of(entry)));
                continue;
            }
            var key = new Key(entry.actorAccountId(), entry.occurredAt().atZone(zone).toLocalDate());
            var group = openings.get(key);
            if (group == null) {
                group = new ArrayList<>();
                openings.put(key, group);
                lines.add(group);
            }
            group.add(entry);
        }
        return lines.stream().map(Line::new).toList();
    }
}
