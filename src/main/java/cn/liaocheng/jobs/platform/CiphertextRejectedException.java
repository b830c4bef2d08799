package cn.liaocheng.jobs.platform;

/**
 * A stored value could not be decrypted: it was altered, truncated, or written with a key this portal does not have.
 * The message names the reason only; neither the stored value nor any plaintext ever goes into it, because exception
 * messages end up in logs.
 */
public class CiphertextRejectedException extends RuntimeException {

    CiphertextRejectedException(String reason) {
        super(reason);
    }
}
