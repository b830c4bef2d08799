package cn.liaocheng.jobs.applications;

import cn.liaocheng.jobs.catalogue.Offer;
import cn.liaocheng.jobs.profile.SubmitPermission;
import org.jspecify.annotations.Nullable;

/**
 * One application as the signed-in account may see it, with what every page about it needs.
 *
 * @param personName the person it is for; null only when the account started it but no longer helps the person
 * @param permission whether the signed-in account may send it now
 */
public record ApplicationDetails(Application application, Offer offer, FormDefinition form,
        @Nullable String personName, SubmitPermission permission) {

    public long id() {
        return application.id();
    }
}
