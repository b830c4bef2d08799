package cn.liaocheng.jobs.applications;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the applications capability holds about the signed-in account, for its copy of its data (我的数据): the own
 * person's applications in full, what the account did for people it helps, and the notifications it was sent.
 *
 * @param othersDocuments files the account uploaded that are part of someone else's application (a person it helps
 *                        or once helped): that person's data, so not in the account's copy
 */
public record ApplicationsExport(List<ExportedApplication> own, List<ApplicationForOthers> forOthers,
        List<Notification> notifications, Set<UUID> othersDocuments) {

    public ApplicationsExport {
        own = List.copyOf(own);
        forOthers = List.copyOf(forOthers);
        notifications = List.copyOf(notifications);
        othersDocuments = Set.copyOf(othersDocuments);
    }

    public static ApplicationsExport none() {
        return new ApplicationsExport(List.of(), List.of(), List.of(), Set.of());
    }
}
