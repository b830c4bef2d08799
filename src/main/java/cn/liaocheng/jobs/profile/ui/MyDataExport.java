package cn.liaocheng.jobs.profile.ui;

import static cn.liaocheng.jobs.profile.ui.ProfileText.t;

import cn.liaocheng.jobs.profile.MyHelper;
import cn.liaocheng.jobs.profile.ProfileDetails;
import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The person's copy of what is stored, as plain UTF-8 text they can open on any phone and read aloud: labelled lines
 * in their language rather than JSON. ID and certificate numbers stay masked: the file may be forwarded or left on a
 * shared phone, and the person knows their own numbers.
 */
final class MyDataExport {

    static final String FILE_NAME = "liaocheng-my-data.txt";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private MyDataExport() {
    }

    static String text(Component c, ProfileDetails details, List<MyHelper> helpers, ZoneId zone) {
        var out = new StringBuilder();
        out.append(t(c, "profile.data.file.title")).append("\n\n");
        line(out, c, "profile.name", details.name());
        line(out, c, "profile.phone", details.phone() == null ? null : details.phone().masked());
        line(out, c, "profile.data.consent-at", time(details.sensitiveConsentAt(), zone));
        line(out, c, "profile.id", details.maskedResidentId());
        line(out, c, "profile.certificate", details.maskedCertificate());
        line(out, c, "profile.category", details.category() == null || details.grade() == null ? null
                : ProfileText.categoryAndGrade(c, details.category(), details.grade()));
        line(out, c, "profile.support", details.supportNeeds().stream().sorted()
                .map(need -> t(c, need.messageKey())).collect(Collectors.joining("、")));
        line(out, c, "profile.county", details.county() == null ? null : t(c, details.county().messageKey()));
        line(out, c, "profile.township", details.township());
        line(out, c, "profile.household", details.household() == null ? null : t(c, details.household().messageKey()));
        line(out, c, "profile.education", details.education() == null ? null : t(c, details.education().messageKey()));
        line(out, c, "profile.graduation-year",
                details.graduationYear() == null ? null : details.graduationYear().toString());
        line(out, c, "profile.contact", t(c, details.contactPreference().messageKey()));
        line(out, c, "profile.data.created-at", time(details.createdAt(), zone));
        line(out, c, "profile.data.updated-at", time(details.updatedAt(), zone));
        out.append("\n").append(t(c, "profile.helpers.heading")).append("\n");
        if (helpers.isEmpty()) {
            out.append(t(c, "profile.helpers.none")).append("\n");
        }
        helpers.forEach(helper -> out.append("- ").append(helper.helperName()).append(" (")
                .append(t(c, helper.relationship().messageKey())).append(")：")
                .append(t(c, helper.consent().messageKey())).append("\n"));
        out.append("\n").append(t(c, "profile.data.file.masked")).append("\n");
        return out.toString();
    }

    private static void line(StringBuilder out, Component c, String key, @Nullable String value) {
        out.append(t(c, key)).append("：").append(value == null || value.isBlank() ? t(c, "profile.not-given") : value)
                .append("\n");
    }

    private static @Nullable String time(@Nullable Instant instant, ZoneId zone) {
        return instant == null ? null : TIME.format(instant.atZone(zone));
    }
}
