package cn.liaocheng.jobs.personaldata;

import cn.liaocheng.jobs.applications.Application;
import cn.liaocheng.jobs.applications.ExportedApplication;
import cn.liaocheng.jobs.bankreferrals.BankCopy;
import cn.liaocheng.jobs.profile.HelperLink;
import cn.liaocheng.jobs.profile.ProfileDetails;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The machine-readable copy (data.json), for moving the data to another service (PIPL art. 45): every part with
 * stable English field names, codes instead of translated words (enum names as in the portal), times as ISO 8601 with
 * Liaocheng's offset. The same masking as the readable copy (decision 0005). Written from the parts explicitly, not by
 * serialising the capabilities' types, so that a field added there never reaches this file unnoticed.
 */
final class MyDataJson {

    /** Changes when the structure changes incompatibly. */
    static final String FORMAT = "liaocheng-jobs-portal/my-data/1";

    private final ZoneId zone;
    private final Locale language;

    private MyDataJson(ZoneId zone, Locale language) {
        this.zone = zone;
        this.language = language;
    }

    static byte[] of(MyData data, Map<UUID, String> filesInPackage, JsonMapper json, ZoneId zone) {
        var tree = new MyDataJson(zone, data.language()).tree(data, filesInPackage);
        return json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsBytes(tree);
    }

    private Map<String, Object> tree(MyData data, Map<UUID, String> filesInPackage) {
        var root = object();
        root.put("format", FORMAT);
        root.put("madeAt", time(data.madeAt()));
        root.put("language", language.toLanguageTag());
        var account = data.account();
        var codes = account.codes().stream().map(code -> object("purpose", code.purpose().name(),
                "sentAt", time(code.sentAt()), "expiresAt", time(code.expiresAt()), "usedAt", time(code.usedAt())))
                .toList();
        root.put("account", object("name", account.displayName(), "phone", account.phone().masked(),
                "role", account.role().name(), "createdAt", time(account.createdAt()),
                "verificationCodesSent", codes));
        root.put("profile", profile(data.profile()));
        root.put("helperLinks", data.helperLinks().stream().map(this::link).toList());
        root.put("applications", data.applications().own().stream().map(a -> application(a, filesInPackage)).toList());
        root.put("applicationsForOthers", data.applications().forOthers().stream().map(a -> object(
                "personName", a.personName(), "offer", a.offerTitle().in(language), "status", a.status().name(),
                "reference", a.reference(), "createdAt", time(a.createdAt()), "submittedAt", time(a.submittedAt()),
                "startedByMe", a.startedByMe(), "submittedByMe", a.submittedByMe())).toList());
        root.put("notifications", data.applications().notifications().stream().map(n -> object(
                "createdAt", time(n.createdAt()), "offer", n.offerTitle().in(language), "reference",
                n.reference(), "status", n.status().name(), "read", n.read())).toList());
        root.put("documents", data.documents().stream().map(d -> object("name", d.info().displayName(),
                "mediaType", d.info().type().mediaType(), "sizeBytes", d.info().sizeBytes(),
                "uploadedAt", time(d.info().uploadedAt()), "uploadedByMe", d.uploadedByMe(),
                "deletedAt", time(d.deletedAt()), "file", filesInPackage.get(d.info().id()))).toList());
        root.put("messages", data.messages().stream().map(m -> object("createdAt", time(m.createdAt()),
                "channel", m.channel().name(), "status", m.status().name(), "sentAt", time(m.sentAt()),
                "language", m.language().toLanguageTag(), "text", m.text())).toList());
        root.put("bankReferrals", data.bankCopies().stream().map(this::bankCopy).toList());
        root.put("abilityAssessments", data.assessments().stream().map(a -> object(
                "recordedAt", time(a.recordedAt()), "county", a.county().name(),
                "abilities", names(a.findings().abilities()), "interests", names(a.findings().interests()),
                "supportNeeded", names(a.findings().supportNeeded()),
                "directions", names(a.findings().directions()))).toList());
        return root;
    }

    private static List<String> names(java.util.Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toList();
    }

    private @Nullable Map<String, Object> profile(@Nullable ProfileDetails p) {
        if (p == null) {
            return null;
        }
        return object("name", p.name(), "phone", p.phone() == null ? null : p.phone().masked(),
                "residentIdMasked", blankToNull(p.maskedResidentId()),
                "certificateMasked", blankToNull(p.maskedCertificate()),
                "disabilityCategory", p.category() == null ? null : p.category().name(), "grade", p.grade(),
                "supportNeeds", p.supportNeeds().stream().map(Enum::name).sorted().toList(),
                "county", p.county() == null ? null : p.county().name(), "township", p.township(),
                "household", p.household() == null ? null : p.household().name(),
                "education", p.education() == null ? null : p.education().name(),
                "graduationYear", p.graduationYear(), "contactPreference", p.contactPreference().name(),
                "sensitiveDataConsentAt", time(p.sensitiveConsentAt()), "createdAt", time(p.createdAt()),
                "updatedAt", time(p.updatedAt()));
    }

    /** As the bank holds it: the phone masked, like every number in this copy. */
    private Map<String, Object> bankCopy(BankCopy copy) {
        var r = copy.referral();
        return object("reference", r.reference(), "name", r.name(),
                "phone", r.phone() == null ? null : r.phone().masked(), "county", r.county().name(),
                "township", r.township(), "amountAskedYuan", r.amountAskedYuan(), "purpose", r.purpose(),
                "purposeDetail", r.purposeDetail(), "borrower", r.borrower(), "status", r.status().name(),
                "referredAt", time(r.referredAt()), "disbursedYuan", r.disbursedYuan(),
                "disbursedOn", r.disbursedOn() == null ? null : r.disbursedOn().toString(),
                "declineReason", r.declineReason(),
                "steps", copy.steps().stream().map(step -> object("status", step.status().name(),
                        "at", time(step.recordedAt()), "amountYuan", step.amountYuan(),
                        "on", step.on() == null ? null : step.on().toString(), "reason", step.reason())).toList());
    }

    private Map<String, Object> link(HelperLink link) {
        return object("side", link.side().name(), "name", link.name(), "relationship", link.relationship().name(),
                "consent", link.consent().name(), "addedAt", time(link.addedAt()), "consentAt", time(link.consentAt()),
                "withdrawnAt", time(link.withdrawnAt()), "phone", link.phone() == null ? null : link.phone().masked(),
                "numbersAwaitingConfirmation", link.numbersTyped());
    }

    private Map<String, Object> application(ExportedApplication a, Map<UUID, String> filesInPackage) {
        return object("reference", a.reference(), "offer", a.offerTitle().in(language),
                "form", a.form().name(), "status", a.status().name(), "createdAt", time(a.createdAt()),
                "updatedAt", time(a.updatedAt()), "submittedAt", time(a.submittedAt()),
                "submittedBy", submitter(a.submittedBy()), "startedBySelf", a.startedBySelf(),
                "sensitiveDataDeletedAt", time(a.sensitiveDataDeletedAt()),
                "history", a.history().stream().map(c -> object("from", c.from().name(), "to", c.to().name(),
                        "reason", c.reason(), "at", time(c.changedAt()))).toList(),
                "answers", a.answers().stream().map(answer -> object("questionId", answer.questionId(),
                        "question", answer.question(), "answer", answer.answer(), "stored", answer.stored())).toList(),
                "files", a.documents().stream().map(d -> filesInPackage.get(d.id())).filter(f -> f != null).toList());
    }

    private static @Nullable Map<String, Object> submitter(Application.@Nullable Submitter submitter) {
        return submitter == null ? null
                : object("name", submitter.name(), "relationship", submitter.relationship());
    }

    private @Nullable String time(@Nullable Instant instant) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime().toString();
    }

    private static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }

    /** An object whose fields keep the order given, nulls included, so that every copy has every field. */
    private static Map<String, Object> object(@Nullable Object... keysAndValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
