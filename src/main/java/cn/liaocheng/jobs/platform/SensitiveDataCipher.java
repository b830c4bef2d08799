package cn.liaocheng.jobs.platform;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts ID and certificate numbers before they are stored, and makes a blind index to find them again.
 * <p>
 * A stored value reads {@code v1:<key-id>:<base64url(nonce | ciphertext + tag)>}: it fits a {@code text} column,
 * and the key id lets a later key rotation decrypt old rows with the old key while new rows use the current one.
 */
public class SensitiveDataCipher {

    private static final String VERSION = "v1";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    // Ids go into every stored value between colons, so they may not contain one.
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder BASE64URL_DECODER = Base64.getUrlDecoder();

    private final SecureRandom random = new SecureRandom();
    private final String currentKeyId;
    private final Map<String, DerivedKeys> keys;

    /**
     * @param currentKeyId the key new values are encrypted with
     * @param masterKeys every key that stored values may name, by id; each 32 random bytes
     */
    SensitiveDataCipher(String currentKeyId, Map<String, byte[]> masterKeys) {
        var derived = new LinkedHashMap<String, DerivedKeys>();
        masterKeys.forEach((id, key) -> {
            if (!KEY_ID.matcher(id).matches()) {
                throw new IllegalArgumentException("An encryption key id may only use letters, digits, - and _ "
                        + "(at most 32), got: " + id);
            }
            if (key.length != KEY_BYTES) {
                throw new IllegalArgumentException("Encryption key " + id + " must be 32 bytes, not " + key.length);
            }
            derived.put(id, DerivedKeys.from(key));
        });
        if (!derived.containsKey(currentKeyId)) {
            throw new IllegalArgumentException("No encryption key with the current id " + currentKeyId);
        }
        this.currentKeyId = currentKeyId;
        this.keys = Map.copyOf(derived);
    }

    public String encrypt(String plaintext) {
        Objects.requireNonNull(plaintext, "plaintext");
        var nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        var header = VERSION + ":" + currentKeyId;
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId).encryption(), new GCMParameterSpec(TAG_BITS, nonce));
            // The header is authenticated too, so a value cannot be relabelled with another version or key id.
            cipher.updateAAD(header.getBytes(StandardCharsets.US_ASCII));
            var sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            var body = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
            return header + ":" + BASE64URL.encodeToString(body);
        } catch (GeneralSecurityException e) {
            // AES-GCM is in every JDK; reaching this means a broken runtime, not bad input.
            throw new IllegalStateException("AES-GCM encryption is not available", e);
        }
    }

    public String decrypt(String ciphertext) {
        Objects.requireNonNull(ciphertext, "ciphertext");
        var parts = ciphertext.split(":", -1);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw new CiphertextRejectedException("Not an encrypted value in the v1 format");
        }
        var key = keys.get(parts[1]);
        if (key == null) {
            throw new CiphertextRejectedException("Encrypted with an unknown key id");
        }
        byte[] body;
        try {
            body = BASE64URL_DECODER.decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new CiphertextRejectedException("The encrypted value is not valid base64url");
        }
        // The decoder ignores spare bits in the last character; re-encoding catches a change there too.
        if (body.length < NONCE_BYTES + TAG_BITS / 8 || !BASE64URL.encodeToString(body).equals(parts[2])) {
            throw new CiphertextRejectedException("The encrypted value is truncated or altered");
        }
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key.encryption(), new GCMParameterSpec(TAG_BITS, body, 0, NONCE_BYTES));
            cipher.updateAAD((parts[0] + ":" + parts[1]).getBytes(StandardCharsets.US_ASCII));
            var plain = cipher.doFinal(body, NONCE_BYTES, body.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new CiphertextRejectedException("The encrypted value was altered or encrypted with a different key");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM decryption is not available", e);
        }
    }

    /**
     * A keyed fingerprint of a value, for a unique index or a lookup such as "is this ID number already registered?".
     * Encryption uses a random nonce, so the same ID number encrypts differently every time and an encrypted column
     * cannot be searched; decrypting every row to compare would be slow and would expose every number. An HMAC is
     * deterministic, so equal values give equal indexes, yet without the key nobody can test guesses against it,
     * which matters because 18-digit ID numbers are few enough to enumerate. The HMAC key is derived separately from
     * the encryption key, so neither use weakens the other.
     * <p>
     * Callers normalise first (e.g. an upper-case X in an ID number): different spellings give different indexes.
     * The index follows the current key; after a key rotation, stored indexes must be recomputed.
     */
    public String blindIndex(String plaintext) {
        Objects.requireNonNull(plaintext, "plaintext");
        return BASE64URL.encodeToString(hmac(keys.get(currentKeyId).index(), plaintext.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return "SensitiveDataCipher[current key id " + currentKeyId + ", key ids " + keys.keySet() + "]";
    }

    private static byte[] hmac(SecretKey key, byte[] data) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** The two keys made from one configured key; only these are kept, never the configured key itself. */
    private record DerivedKeys(SecretKey encryption, SecretKey index) {

        // One HKDF-Expand step (RFC 5869) per purpose: the configured key is already uniformly random, so it can
        // serve as the pseudorandom key directly, and distinct labels give independent keys.
        static DerivedKeys from(byte[] masterKey) {
            var master = new SecretKeySpec(masterKey, "HmacSHA256");
            return new DerivedKeys(
                    new SecretKeySpec(hmac(master, label("portal sensitive data encryption v1")), "AES"),
                    new SecretKeySpec(hmac(master, label("portal sensitive data blind index v1")), "HmacSHA256"));
        }

        private static byte[] label(String info) {
            var bytes = info.getBytes(StandardCharsets.US_ASCII);
            return ByteBuffer.allocate(bytes.length + 1).put(bytes).put((byte) 1).array();
        }

        @Override
        public String toString() {
            return "DerivedKeys[hidden]";
        }
    }
}
