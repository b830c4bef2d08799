package cn.liaocheng.jobs.easyread;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.audit.AuditTrail;
import cn.liaocheng.jobs.audit.AuditedAction;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading easy-read texts (anyone) and changing them (city administrators only, like the catalogue's city-wide
 * texts): every change is checked, refused when someone else saved since the form was opened, and audited in the
 * same transaction.
 */
@Service
public class EasyReadService {

    private final EasyReadStore store;
    private final AuditTrail audit;
    private final Clock clock;

    EasyReadService(EasyReadStore store, AuditTrail audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** The easy-read text of a topic: an offer kind's name (e.g. {@code COURSE}) or {@code area-6}. */
    @Transactional(readOnly = true)
    public Optional<EasyReadText> find(String topic) {
        return EasyReadTopics.isWellFormed(topic) ? store.find(topic) : Optional.empty();
    }

    @Transactional(readOnly = true)
    public List<PlanArea> areas() {
        return store.areas();
    }

    @Transactional(readOnly = true)
    public Optional<PlanArea> area(int number) {
        return store.area(number);
    }

    /** Every text, for the editors' list. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Expressions.CITY_ADMINISTRATOR)
    public List<EasyReadText> all() {
        return store.all();
    }

    /** What is wrong with the edit; empty when it can be stored. */
    public List<EasyReadProblem> check(EasyReadEdit edit) {
        return EasyReadFormat.problems(edit);
    }

    /** Stores the edit when nobody saved the text since {@code version} was read. */
    @Transactional
    @PreAuthorize(Role.Expressions.CITY_ADMINISTRATOR)
    public EasyReadOutcome update(String topic, int version, EasyReadEdit edit) {
        var locked = EasyReadTopics.isWellFormed(topic) ? store.lock(topic) : Optional.<Integer>empty();
        if (locked.isEmpty()) {
            throw new IllegalArgumentException("no easy-read text " + topic);
        }
        if (locked.get() != version) {
            return new EasyReadOutcome.Conflict();
        }
        var problems = check(edit);
        if (!problems.isEmpty()) {
            return new EasyReadOutcome.Invalid(problems);
        }
        var before = EasyReadEdit.of(store.find(topic).orElseThrow());
        if (before.equals(edit)) {
            return new EasyReadOutcome.Saved(version);
        }
        int next = store.update(topic, version, edit, clock.instant());
        audit.record(AuditedAction.EASY_READ_CHANGED, null, null, "easy read " + topic + ": " + changedParts(before, edit));
        return new EasyReadOutcome.Saved(next);
    }

    /** What is wrong with the edit of an action area's page; empty when it can be stored. */
    public List<EasyReadProblem> check(PlanAreaEdit edit) {
        return EasyReadFormat.problems(edit);
    }

    /**
     * Stores the edit of an action area's title, summary and lead departments when nobody saved them since
     * {@code version} was read; audited as an easy-read change of {@code plan area <n>}, naming the parts only.
     */
    @Transactional
    @PreAuthorize(Role.Expressions.CITY_ADMINISTRATOR)
    public EasyReadOutcome updateArea(int number, int version, PlanAreaEdit edit) {
        var locked = store.lockArea(number);
        if (locked.isEmpty()) {
            throw new IllegalArgumentException("no action area " + number);
        }
        if (locked.get() != version) {
            return new EasyReadOutcome.Conflict();
        }
        var problems = check(edit);
        if (!problems.isEmpty()) {
            return new EasyReadOutcome.Invalid(problems);
        }
        var before = PlanAreaEdit.of(store.area(number).orElseThrow());
        if (before.equals(edit)) {
            return new EasyReadOutcome.Saved(version);
        }
        int next = store.updateArea(number, version, edit, clock.instant());
        audit.record(AuditedAction.EASY_READ_CHANGED, null, null, "plan area " + number + ": " + changedParts(before, edit));
        return new EasyReadOutcome.Saved(next);
    }

    /** As {@link #changedParts(EasyReadEdit, EasyReadEdit)}, for an action area's page. */
    private static String changedParts(PlanAreaEdit before, PlanAreaEdit after) {
        var changed = new ArrayList<String>();
        add(changed, "title.zh", before.titleZh(), after.titleZh());
        add(changed, "title.en", before.titleEn(), after.titleEn());
        add(changed, "summary.zh", before.summaryZh(), after.summaryZh());
        add(changed, "summary.en", before.summaryEn(), after.summaryEn());
        add(changed, "lead.zh", before.leadZh(), after.leadZh());
        add(changed, "lead.en", before.leadEn(), after.leadEn());
        return String.join(", ", changed);
    }

    /** Which parts changed, by name only: the audit trail is no place for the texts themselves. */
    private static String changedParts(EasyReadEdit before, EasyReadEdit after) {
        var changed = new ArrayList<String>();
        add(changed, "heading.zh", before.headingZh(), after.headingZh());
        add(changed, "heading.en", before.headingEn(), after.headingEn());
        add(changed, "lines.zh", before.linesZh(), after.linesZh());
        add(changed, "lines.en", before.linesEn(), after.linesEn());
        add(changed, "words.zh", before.wordsZh(), after.wordsZh());
        add(changed, "words.en", before.wordsEn(), after.wordsEn());
        return String.join(", ", changed);
    }

    private static void add(List<String> changed, String name, String before, String after) {
        if (!Objects.equals(before, after)) {
            changed.add(name);
        }
    }
}
