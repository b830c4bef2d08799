package cn.liaocheng.jobs.accounts;

import cn.liaocheng.jobs.shared.PhoneNumber;
import cn.liaocheng.jobs.sms.ConditionalOnSmsProvider;
import cn.liaocheng.jobs.sms.SmsGateway;
import cn.liaocheng.jobs.sms.SmsOutcome;
import cn.liaocheng.jobs.sms.SmsProperties;
import java.util.ArrayList;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * Codes and notices by SMS through the configured provider, each from its registered template: {@code
 * code-<purpose>} when one is registered for the purpose (e.g. {@code code-helper-consent}, whose template may also
 * read out what the helper asked), else {@code code}; notices {@code notice-<notice>}. Primary, so that a configured
 * provider wins over the development log even where {@code portal.verification.show-codes} is also set.
 *
 * <p>Nothing is retried: a code that arrives late is useless, and the person, who is looking at the page, is told
 * and may ask again at once (the code limits are given back for a code that was not sent). Voice calls need a
 * voice-notification contract that does not exist yet, so a person who chose one is told to choose SMS.
 */
@Component
@Primary
@ConditionalOnSmsProvider
class SmsVerificationChannel implements VerificationChannel {

    private final SmsGateway sms;

    SmsVerificationChannel(SmsGateway sms) {
        this.sms = sms;
    }

    @Override
    public void send(PhoneNumber to, String code, VerificationCodes.Purpose purpose, Delivery delivery,
            @Nullable String request) {
        requireSms(delivery);
        var own = "code-" + kebab(purpose.name());
        var parameters = new ArrayList<String>();
        parameters.add(code);
        if (request != null) {
            parameters.add(request);
        }
        deliver(sms.send(to, sms.hasTemplate(own) ? own : SmsProperties.CODE_TEMPLATE, parameters, null));
    }

    @Override
    public void sendNotice(PhoneNumber to, Notice notice, Delivery delivery) {
        requireSms(delivery);
        deliver(sms.send(to, "notice-" + kebab(notice.name()), java.util.List.of(), null));
    }

    private static void requireSms(Delivery delivery) {
        if (delivery != Delivery.SMS) {
            throw new VerificationUnavailableException(VerificationUnavailableException.Reason.NO_VOICE_CALLS);
        }
    }

    private static void deliver(SmsOutcome outcome) {
        switch (outcome) {
            case SmsOutcome.Accepted accepted -> { }
            case SmsOutcome.Refused refused when numberRefused(refused.reason()) ->
                    throw new VerificationUnavailableException(VerificationUnavailableException.Reason.NUMBER_REFUSED);
            case SmsOutcome.Refused refused ->
                    throw new VerificationUnavailableException(VerificationUnavailableException.Reason.NOT_SENT);
            case SmsOutcome.Failed failed ->
                    throw new VerificationUnavailableException(VerificationUnavailableException.Reason.NOT_SENT);
            // Cannot happen for the required templates (SmsProperties checks them at start); as if no gateway.
            case SmsOutcome.NoTemplate missing -> throw new VerificationUnavailableException();
        }
    }

    /** The number itself cannot get it now; anything else refused is the portal's problem, not the person's. */
    private static boolean numberRefused(String reason) {
        return reason.equals("isv.MOBILE_NUMBER_ILLEGAL") || reason.equals("isv.BUSINESS_LIMIT_CONTROL")
                || reason.equals("isv.DAY_LIMIT_CONTROL") || reason.equals("isv.DOMESTIC_NUMBER_NOT_SUPPORTED");
    }

    private static String kebab(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
