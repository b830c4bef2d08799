package cn.liaocheng.jobs.accounts;

import cn.liaocheng.jobs.shared.PhoneNumber;
import org.jspecify.annotations.Nullable;

/**
 * Delivers a one-time code to a phone. Production wires an SMS gateway and a voice-call service (for people who
 * cannot read a text message); the default run uses {@link LoggingVerificationChannel}.
 */
public interface VerificationChannel {

    /** How the code reaches the person; a blind person may ask for a voice call instead of an SMS. */
    enum Delivery {
        SMS, VOICE_CALL
    }

    /**
     * @param request for codes that confirm something another person asked for (a helper's 代办 request): what
     *                they asked, to be read or heard before the code, so that passing the code on is an informed yes;
     *                null for the person's own sign-up or password reset
     */
    void send(PhoneNumber to, String code, VerificationCodes.Purpose purpose, Delivery delivery,
            @Nullable String request);
}
