package cn.liaocheng.jobs.applications;

import cn.liaocheng.jobs.shared.LocalizedText;
import org.jspecify.annotations.Nullable;

/** One line of 我的申请: what, for whom, and where it stands. */
public record MyApplication(Application application, LocalizedText offerTitle, @Nullable String personName,
        boolean forSelf) {
}
