package cn.liaocheng.jobs.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.audit.AuditEntry;
import cn.liaocheng.jobs.audit.AuditedAction;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditLinesTests {

    private static final ZoneId LIAOCHENG = ZoneId.of("Asia/Shanghai");
    private long id;

    private AuditEntry entry(String at, long actor, AuditedAction action, String address) {
        return new AuditEntry(++id, Instant.parse(at), actor, "员工 " + actor, "CASEWORKER", action, 7L, 9L, "",
                address);
    }

    @Test
    void openings_by_one_person_on_one_local_day_become_one_line_at_the_first_with_every_address() {
        var lines = AuditLines.of(List.of(
                entry("2026-03-01T01:00:00Z", 1, AuditedAction.APPLICATION_OPENED, "10.0.0.1"),
                entry("2026-03-01T01:05:00Z", 2, AuditedAction.APPLICATION_OPENED, "10.0.0.2"),
                entry("2026-03-01T01:10:00Z", 1, AuditedAction.REVIEW_STARTED, "10.0.0.1"),
                entry("2026-03-01T08:00:00Z", 1, AuditedAction.APPLICATION_OPENED, "10.0.0.3"),
                // 2026-03-02 00:30 in Liaocheng: another day there, though the same UTC day.
                entry("2026-03-01T16:30:00Z", 1, AuditedAction.APPLICATION_OPENED, "10.0.0.1")), LIAOCHENG);

        assertThat(lines).extracting(AuditLines.Line::times).containsExactly(2, 1, 1, 1);
        assertThat(lines.getFirst().addresses()).containsExactly("10.0.0.1", "10.0.0.3");
        assertThat(lines.getFirst().latest().occurredAt()).isEqualTo(Instant.parse("2026-03-01T08:00:00Z"));
        assertThat(lines.get(2).first().action()).isEqualTo(AuditedAction.REVIEW_STARTED);
    }

    @Test
    void other_actions_are_never_merged() {
        var lines = AuditLines.of(List.of(
                entry("2026-03-01T01:00:00Z", 1, AuditedAction.DOCUMENT_OPENED, "a"),
                entry("2026-03-01T01:01:00Z", 1, AuditedAction.DOCUMENT_OPENED, "a")), LIAOCHENG);

        assertThat(lines).hasSize(2);
    }
}
