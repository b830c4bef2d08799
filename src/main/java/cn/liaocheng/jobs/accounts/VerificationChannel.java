package cn.liaocheng.jobs.accounts;

import cn.liaocheng.jobs.shared.PhoneNumber;

/**
 * Delivers a one-time code to a phone. Production wires an SMS gateway and a voice-call service (for people who
 * cannot read a text message); the default run uses {@link LoggingVerificationChannel}.
 */
public interface VerificationChannel {

    /** How the code reaches the person; a blind person may ask for a voice call instead of an SMS. */
    enum Delivery {
        SMS, VOICE_CALL
    }

    void send(PhoneNumber to, String code, VerificationCodes.Purpose purpose, Delivery delivery);
}
