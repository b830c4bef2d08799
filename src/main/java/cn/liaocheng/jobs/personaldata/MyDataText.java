package cn.liaocheng.jobs.personaldata;

import cn.liaocheng.jobs.applications.Application;
import cn.liaocheng.jobs.applications.ExportedApplication;
import cn.liaocheng.jobs.documents.SizeText;
import cn.liaocheng.jobs.bankreferrals.BankCopy;
import cn.liaocheng.jobs.recommendations.RecordedAssessment;
import cn.liaocheng.jobs.messages.OutgoingMessage;
import cn.liaocheng.jobs.platform.Translations;
import cn.liaocheng.jobs.profile.HelperLink;
import cn.liaocheng.jobs.profile.ProfileDetails;
import cn.liaocheng.jobs.profile.Relationship;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The readable copy (我的数据.txt): plain UTF-8 text in the person's language, labelled lines under numbered
 * headings, so that it opens on any phone and reads aloud well. ID, certificate and the profile's phone number are
 * masked, as on the portal's own pages (decision 0005); answers read as on the application page.
 */
final class MyDataText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Translations translations;
    private final Locale language;
    private final ZoneId zone;
    private final StringBuilder out = new StringBuilder();

    private MyDataText(Translations translations, Locale language, ZoneId zone) {
        this.translations = translations;
        this.language = language;
        this.zone = zone;
    }

    /** @param filesInPackage where each file is in the package, by document id; absent when it is not in it */
    static String of(MyData data, Map<UUID, String> filesInPackage, Translations translations, ZoneId zone) {
        var text = new MyDataText(translations, data.language(), zone);
        text.write(data, filesInPackage);
        return text.out.toString();
    }

    private void write(MyData data, Map<UUID, String> filesInPackage) {
        out.append(t("mydata.file.title")).append("\n");
        out.append(t("mydata.file.made-at", time(data.madeAt()))).append("\n");
        out.append(t("mydata.file.masked")).append("\n");
        account(data);
        profile(data.profile());
        applications(data.applications().own());
        forOthers(data);
        documents(data.documents(), filesInPackage);
        helpers(data.helperLinks());
        notifications(data);
        messages(data.messages());
        bank(data.bankCopies());
        assessments(data.assessments());
    }

    private void assessments(List<RecordedAssessment> assessments) {
        heading("mydata.file.section.assessments");
        if (assessments.isEmpty()) {
            none();
        }
        assessments.forEach(a -> {
            item(t("mydata.file.assessment.line", time(a.recordedAt()), t(a.county().messageKey())));
            out.append("  ").append(t("mydata.file.assessment.found",
                    words(a.findings().abilities().stream().map(x -> x.messageKey())),
                    words(a.findings().interests().stream().map(x -> x.messageKey())),
                    words(a.findings().supportNeeded().stream().map(x -> x.messageKey())),
                    words(a.findings().directions().stream().map(x -> x.labelKey())))).append("\n");
        });
    }

    private String words(java.util.stream.Stream<String> keys) {
        var list = keys.sorted().map(this::t).toList();
        return list.isEmpty() ? t("recommendations.said.none") : String.join(t("recommendations.said.separator"), list);
    }

    private void account(MyData data) {
        var account = data.account();
        heading("mydata.file.section.account");
        line("account.my.name", account.displayName());
        line("account.my.phone", account.phone().masked());
        line("mydata.file.account.created", time(account.createdAt()));
        out.append(t("mydata.file.account.password")).append("\n");
        out.append(t("mydata.file.account.codes")).append("\n");
        if (account.codes().isEmpty()) {
            none();
        }
        account.codes().forEach(code -> item(t("mydata.file.code", time(code.sentAt()),
                t("mydata.code.purpose." + key(code.purpose().name())),
                code.usedAt() == null ? t("mydata.file.code.unused") : t("mydata.file.code.used", time(code.usedAt())))));
    }

    private void profile(@Nullable ProfileDetails details) {
        heading("mydata.file.section.profile");
        if (details == null) {
            out.append(t("mydata.profile.none")).append("\n");
            return;
        }
        line("profile.name", details.name());
        line("profile.phone", details.phone() == null ? null : details.phone().masked());
        line("profile.data.consent-at", details.sensitiveConsentAt() == null ? t("profile.consent.none")
                : time(details.sensitiveConsentAt()));
        line("profile.id", details.maskedResidentId());
        line("profile.certificate", details.maskedCertificate());
        line("mydata.profile.category", details.category() == null || details.grade() == null ? null
                : t("profile.category-and-grade", t(details.category().messageKey()), t("profile.grade." + details.grade())));
        line("mydata.profile.support", details.supportNeeds().stream().sorted().map(need -> t(need.messageKey()))
                .collect(Collectors.joining("、")));
        line("profile.county", details.county() == null ? null : t(details.county().messageKey()));
        line("profile.township", details.township());
        line("profile.household", details.household() == null ? null : t(details.household().messageKey()));
        line("profile.education", details.education() == null ? null : t(details.education().messageKey()));
        line("mydata.profile.graduation-year", details.graduationYear() == null ? null
                : details.graduationYear().toString());
        line("profile.contact", t(details.contactPreference().messageKey()));
        line("profile.data.created-at", time(details.createdAt()));
        line("profile.data.updated-at", time(details.updatedAt()));
    }

    private void applications(List<ExportedApplication> own) {
        heading("mydata.file.section.applications");
        if (own.isEmpty()) {
            none();
        }
        int n = 0;
        for (var application : own) {
            n++;
            out.append("\n").append(t("mydata.file.application.title", n, application.offerTitle().in(language),
                    application.reference() == null ? t("application.status.draft") : application.reference()))
                    .append("\n");
            line("mydata.file.application.status", t(application.status().messageKey()));
            line("mydata.file.application.started", time(application.createdAt()) + " "
                    + t(application.startedBySelf() ? "mydata.file.application.by-self" : "mydata.file.application.by-helper"));
            if (application.submittedAt() != null) {
                line("mydata.file.application.submitted", time(application.submittedAt()) + " "
                        + submittedBy(application.submittedBy()));
            }
            line("mydata.file.application.updated", time(application.updatedAt()));
            if (application.sensitiveDataDeletedAt() != null) {
                out.append(t("mydata.file.application.sensitive-deleted", time(application.sensitiveDataDeletedAt())))
                        .append("\n");
            }
            if (!application.history().isEmpty()) {
                out.append(t("mydata.file.application.history")).append("\n");
                application.history().forEach(change -> item(time(change.changedAt()) + " " + t(change.messageKey())
                        + (change.reason() == null ? "" : t("mydata.file.application.reason", change.reason()))));
            }
            out.append(t("mydata.file.application.answers")).append("\n");
            if (application.answers().isEmpty()) {
                none();
            }
            application.answers().forEach(answer -> item(t("mydata.file.label", answer.question(), answer.answer())));
        }
    }

    private void forOthers(MyData data) {
        heading("mydata.file.section.for-others");
        var forOthers = data.applications().forOthers();
        if (forOthers.isEmpty()) {
            none();
        }
        forOthers.forEach(application -> item(t("mydata.file.for-others.line", application.personName(),
                application.offerTitle().in(language), t(application.status().messageKey())
                        + (application.reference() == null ? "" : t("mydata.file.reference", application.reference())),
                time(application.createdAt()))
                + (application.startedByMe() ? t("mydata.file.for-others.started") : "")
                + (application.submittedByMe() ? t("mydata.file.for-others.submitted") : "")));
        out.append(t("mydata.file.for-others.note")).append("\n");
    }

    private void documents(List<MyData.MyDocument> documents, Map<UUID, String> filesInPackage) {
        heading("mydata.file.section.documents");
        if (documents.isEmpty()) {
            none();
        }
        documents.forEach(document -> {
            var info = document.info();
            var where = filesInPackage.get(info.id());
            item(t("mydata.file.document.line", info.displayName(), info.type().extension().toUpperCase(Locale.ROOT),
                    SizeText.of(info.sizeBytes()),
                    time(info.uploadedAt()),
                    t(document.uploadedByMe() ? "mydata.file.document.by-me" : "mydata.file.document.by-helper"))
                    + (document.deletedAt() != null ? t("mydata.file.document.deleted", time(document.deletedAt()))
                            : where != null ? t("mydata.file.document.in-package", where) : ""));
        });
        out.append(t("mydata.file.documents.note")).append("\n");
    }

    private void helpers(List<HelperLink> links) {
        heading("mydata.file.section.helpers");
        if (links.isEmpty()) {
            none();
        }
        links.forEach(link -> {
            var relationship = t(link.relationship().messageKey());
            var line = link.side() == HelperLink.Side.HELPS_ME
                    ? t("mydata.file.helper.helps-me", link.name(), relationship, t(link.consent().messageKey()),
                            time(link.addedAt()))
                    : t("mydata.file.helper.i-help", link.name(), relationship, t(link.consent().messageKey()),
                            time(link.addedAt()));
            if (link.phone() != null) {
                line += t("mydata.file.helper.phone", link.phone().masked());
            }
            if (link.numbersTyped()) {
                line += t("mydata.file.helper.numbers");
            }
            if (link.withdrawnAt() != null) {
                line += t("mydata.file.helper.withdrawn", time(link.withdrawnAt()));
            }
            item(line);
        });
    }

    private void notifications(MyData data) {
        heading("mydata.file.section.notifications");
        var notifications = data.applications().notifications();
        if (notifications.isEmpty()) {
            none();
        }
        notifications.forEach(n -> item(t("mydata.file.notification.line", time(n.createdAt()),
                n.offerTitle().in(language), t(n.messageKey()), n.reference() == null ? "" : n.reference())));
    }

    private void messages(List<OutgoingMessage> messages) {
        heading("mydata.file.section.messages");
        if (messages.isEmpty()) {
            none();
        }
        messages.forEach(m -> item(t("mydata.file.message.line", time(m.createdAt()),
                t("mydata.channel." + key(m.channel().name())), t("mydata.message.status." + key(m.status().name())),
                m.text())));
    }

    private void bank(List<BankCopy> copies) {
        heading("mydata.file.section.bank");
        if (copies.isEmpty()) {
            none();
        }
        copies.forEach(copy -> {
            var r = copy.referral();
            item(t("mydata.file.bank.line", r.reference(), time(r.referredAt()), t(r.status().messageKey())));
            out.append("  ").append(t("mydata.file.bank.held", r.name(),
                    r.phone() == null ? t("profile.not-given") : r.phone().masked(),
                    t(r.county().messageKey()) + (r.township() == null ? "" : r.township()),
                    r.amountAskedYuan())).append("\n");
            copy.steps().forEach(step -> out.append("  ").append(t("mydata.file.bank.step", time(step.recordedAt()),
                    t(step.status().messageKey()), step.amountYuan() == null ? "" : "¥" + step.amountYuan(),
                    step.reason() == null ? "" : step.reason())).append("\n"));
        });
    }

    private String submittedBy(Application.@Nullable Submitter submitter) {
        if (submitter == null) {
            return "";
        }
        if (submitter.relationship() == null) {
            return t("application.submitted-by.self", submitter.name());
        }
        return t("application.submitted-by.helper", submitter.name(),
                t(Relationship.valueOf(submitter.relationship()).messageKey()));
    }

    private void heading(String key) {
        out.append("\n").append(t(key)).append("\n");
    }

    private void line(String labelKey, @Nullable String value) {
        out.append(t("mydata.file.label", t(labelKey), value == null || value.isBlank() ? t("profile.not-given") : value))
                .append("\n");
    }

    private void item(String text) {
        out.append("- ").append(text).append("\n");
    }

    private void none() {
        out.append(t("mydata.file.none")).append("\n");
    }

    private String t(String key, Object... parameters) {
        return translations.render(key, language, parameters);
    }

    private String time(Instant instant) {
        return TIME.format(instant.atZone(zone));
    }

    private static String key(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
