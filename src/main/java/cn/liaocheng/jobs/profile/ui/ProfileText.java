package cn.liaocheng.jobs.profile.ui;

import cn.liaocheng.jobs.profile.ProfileDetails;
import cn.liaocheng.jobs.shared.DisabilityCategory;
import cn.liaocheng.jobs.shared.DisabilityCertificateNumber;
import cn.liaocheng.jobs.shared.PhoneNumber;
import cn.liaocheng.jobs.shared.ResidentIdNumber;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Wording shared by the profile screens: validation messages by reason, category and grade, fact lists. */
final class ProfileText {

    private ProfileText() {
    }

    static String t(Component c, String key, Object... params) {
        return c.getTranslation(key, params);
    }

    static String phoneProblem(Component c, PhoneNumber.Reason reason) {
        return switch (reason) {
            case EMPTY -> t(c, "profile.phone.missing");
            case NOT_DIGITS -> t(c, "profile.phone.not-digits");
            case WRONG_LENGTH -> t(c, "profile.phone.wrong-length");
            case NOT_A_MOBILE_NUMBER -> t(c, "profile.phone.not-mobile");
        };
    }

    static String idProblem(Component c, ResidentIdNumber.Reason reason) {
        return switch (reason) {
            case EMPTY -> t(c, "profile.id.missing");
            case WRONG_LENGTH -> t(c, "profile.id.wrong-length");
            case NOT_DIGITS -> t(c, "profile.id.not-digits");
            case BAD_DATE -> t(c, "profile.id.bad-date");
            case BAD_CHECK_DIGIT -> t(c, "profile.id.bad-check-digit");
        };
    }

    static String certificateProblem(Component c, DisabilityCertificateNumber.Reason reason,
            ResidentIdNumber.@Nullable Reason idReason) {
        return switch (reason) {
            case EMPTY -> t(c, "profile.certificate.missing");
            case WRONG_LENGTH -> t(c, "profile.certificate.wrong-length");
            case BAD_ID_PART -> t(c, "profile.certificate.bad-id-part");
            case BAD_CATEGORY -> t(c, "profile.certificate.bad-category");
            case BAD_GRADE -> t(c, "profile.certificate.bad-grade");
            case NOT_THE_HOLDERS_ID -> t(c, "profile.certificate.not-holders-id");
        };
    }

    /** E.g. "肢体残疾，四级". */
    static String categoryAndGrade(Component c, DisabilityCategory category, int grade) {
        return t(c, "profile.category-and-grade", t(c, category.messageKey()), t(c, "profile.grade." + grade));
    }

    /** The disability facts, masked, in the order 我的资料 shows them (我的数据 follows the same order). */
    static void sensitiveFacts(DescriptionList list, Component c, ProfileDetails details) {
        fact(list, c, "profile.id", details.maskedResidentId());
        fact(list, c, "profile.certificate", details.maskedCertificate());
        fact(list, c, "profile.category", details.category() == null || details.grade() == null ? null
                : categoryAndGrade(c, details.category(), details.grade()));
        fact(list, c, "profile.support", details.supportNeeds().stream().sorted()
                .map(need -> t(c, need.messageKey())).collect(Collectors.joining("、")));
    }

    /** Adds a term and its description; an empty value reads "未填写" rather than leaving a gap. */
    static void fact(DescriptionList list, Component c, String termKey, @Nullable String value) {
        list.add(new DescriptionList.Term(t(c, termKey)),
                new DescriptionList.Description(value == null || value.isBlank() ? t(c, "profile.not-given") : value));
    }
}
