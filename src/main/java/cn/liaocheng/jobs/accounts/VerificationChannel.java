package cn.liaocheng.jobs.accounts;

import cn.liaocheng.jobs.shared.PhoneNumber;
import org.jspecify.annotations.Nullable;

/**
 * Delivers a one-time code, or a short notice instead of one, to a phone: {@link SmsVerificationChannel} through the
 * configured SMS provider (a voice-call service, for people who cannot read a text message, is not contracted yet);
 * the default run uses {@link LoggingVerificationChannel}; without either, {@link UnavailableVerificationChannel}.
 * A code that was not sent throws {@link VerificationUnavailableException} and is never sent later.
 */
public interface VerificationChannel {

    /** How the code reaches the person; a blind person may ask for a voice call instead of an SMS. */
    enum Delivery {
        SMS, VOICE_CALL
    }

    /**
    /**
     * Sent instead of a code when the number cannot use one, so that the page answers the same for every number and
     * only the phone's holder learns which case it is. The texts are {@code account.notice.*} in the translations.
     */
    enum Notice {
        /** Someone asked to register a number that has an account: "这个号码已注册，可直接登录或找回密码". */
        ALREADY_REGISTERED,
        /** Someone asked to reset the password of a number that has no account: it can register instead. */
        NO_ACCOUNT,
        /**
         * Someone asked to reset a staff account's password with a code: staff cannot (the phone is their second
         * factor); an administrator removes the password and the holder sets a new one.
         */
        STAFF_ASK_ADMINISTRATOR,
        /** Someone asked to set a password for a number that has no staff account waiting for one. */
        NOTHING_TO_SET_UP
    }

    /**
     * @param request for codes that confirm something another person asked for (a helper's 代办 request): what
     *                they asked, to be read or heard before the code, so that passing the code on is an informed yes;
     *                null for the person's own sign-up or password reset
     */
    void send(PhoneNumber to, String code, VerificationCodes.Purpose purpose, Delivery delivery,
            @Nullable String request);

    void sendNotice(PhoneNumber to, Notice notice, Delivery delivery);
}
