package cn.liaocheng.jobs.review;

import java.util.Map;
import java.util.Optional;

/** Queue rows by application id and by person id, for lists (such as the audit trail's) that hold only the ids. */
public record CaseNames(Map<Long, ReviewCase> byApplication, Map<Long, ReviewCase> byPerson) {

    public CaseNames {
        byApplication = Map.copyOf(byApplication);
        byPerson = Map.copyOf(byPerson);
    }

    public Optional<ReviewCase> application(long applicationId) {
        return Optional.ofNullable(byApplication.get(applicationId));
    }

    public Optional<ReviewCase> person(long personId) {
        return Optional.ofNullable(byPerson.get(personId));
    }
}
