package cn.liaocheng.jobs.profile;

import cn.liaocheng.jobs.platform.SensitiveDataCipher;
import cn.liaocheng.jobs.platform.Translations;
import cn.liaocheng.jobs.shared.ResidentIdNumber;
import java.util.ArrayList;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * What the person hears or reads with the consent code: who asks, as whom, for which name, to do what, and which
 * numbers they entered (masked). Reading the code out is the consent, so it has to be an informed one. Chinese: the
 * person's language is not known before they have agreed to anything.
 */
@Component
class ConsentRequest {

    private static final Locale LANGUAGE = Locale.SIMPLIFIED_CHINESE;

    private final Translations translations;
    private final SensitiveDataCipher cipher;
    private final ProfileService profiles;

    ConsentRequest(Translations translations, SensitiveDataCipher cipher, ProfileService profiles) {
        this.translations = translations;
        this.cipher = cipher;
        this.profiles = profiles;
    }

    String describe(Help help, String helperName) {
        var entered = new ArrayList<String>();
        if (help.proposedResidentIdEncrypted() != null) {
            var id = new ResidentIdNumber(cipher.decrypt(help.proposedResidentIdEncrypted()));
            entered.add(text("profile.consent.request.id", id.masked()));
        }
        if (help.proposedCertificateEncrypted() != null) {
            var certificate = profiles.certificate(help.proposedCertificateEncrypted());
            entered.add(text("profile.consent.request.certificate", certificate.masked(),
                    text(certificate.category().messageKey()), text("profile.grade." + certificate.grade())));
        }
        var numbers = entered.isEmpty() ? "" : text("profile.consent.request.numbers", String.join("、", entered));
        return text("profile.consent.request", helperName, text(help.relationship().messageKey()), help.personName(),
                numbers);
    }

    private String text(String key, Object... parameters) {
        return translations.render(key, LANGUAGE, parameters);
    }
}
