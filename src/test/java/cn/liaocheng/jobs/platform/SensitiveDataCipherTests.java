package cn.liaocheng.jobs.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SensitiveDataCipherTests {

    private static final String ID_NUMBER = "37150219800101123X";

    private final byte[] key = bytes(1);
    private final SensitiveDataCipher cipher = new SensitiveDataCipher("k1", Map.of("k1", key));

    @Test
    void an_id_number_and_chinese_text_come_back_unchanged() {
        assertThat(cipher.decrypt(cipher.encrypt(ID_NUMBER))).isEqualTo(ID_NUMBER);
        assertThat(cipher.decrypt(cipher.encrypt("王芳 聊城市东昌府区"))).isEqualTo("王芳 聊城市东昌府区");
        assertThat(cipher.decrypt(cipher.encrypt(""))).isEmpty();
    }

    @Test
    void the_stored_form_names_version_and_key_and_fits_a_text_column() {
        var stored = cipher.encrypt(ID_NUMBER);

        assertThat(stored).startsWith("v1:k1:").doesNotContain(ID_NUMBER).matches("v1:k1:[A-Za-z0-9_-]+");
        // 12-byte nonce + 18 bytes + 16-byte tag = 46 bytes, 62 base64url characters.
        assertThat(stored).hasSize("v1:k1:".length() + 62);
    }

    @Test
    void the_same_value_encrypts_differently_every_time() {
        assertThat(cipher.encrypt(ID_NUMBER)).isNotEqualTo(cipher.encrypt(ID_NUMBER));
    }

    @Test
    void changing_any_character_of_a_stored_value_is_rejected() {
        var stored = cipher.encrypt(ID_NUMBER);
        for (int i = 0; i < stored.length(); i++) {
            var chars = stored.toCharArray();
            chars[i] = chars[i] == 'A' ? 'B' : 'A';
            var tampered = new String(chars);
            assertThatThrownBy(() -> cipher.decrypt(tampered))
                    .as("character %d changed", i)
                    .isInstanceOf(CiphertextRejectedException.class)
                    .message().doesNotContain(ID_NUMBER).doesNotContain(tampered);
        }
    }

    @Test
    void flipping_any_bit_of_nonce_ciphertext_or_tag_is_rejected() {
        var stored = cipher.encrypt(ID_NUMBER);
        var body = Base64.getUrlDecoder().decode(stored.substring("v1:k1:".length()));
        for (int i = 0; i < body.length * 8; i++) {
            var copy = body.clone();
            copy[i / 8] ^= (byte) (1 << (i % 8));
            var tampered = "v1:k1:" + Base64.getUrlEncoder().withoutPadding().encodeToString(copy);
            assertThatThrownBy(() -> cipher.decrypt(tampered)).isInstanceOf(CiphertextRejectedException.class);
        }
    }

    @Test
    void truncated_or_malformed_values_are_rejected() {
        var stored = cipher.encrypt(ID_NUMBER);
        for (var bad : new String[] {"", ID_NUMBER, "v1:k1:", stored.substring(0, stored.length() - 1),
                stored.substring(0, 20), stored + ":x", "v2" + stored.substring(2), "v1:k1:***"}) {
            assertThatThrownBy(() -> cipher.decrypt(bad)).as(bad).isInstanceOf(CiphertextRejectedException.class);
        }
    }

    @Test
    void a_value_encrypted_with_another_key_under_the_same_id_is_rejected() {
        var other = new SensitiveDataCipher("k1", Map.of("k1", bytes(2)));

        assertThatThrownBy(() -> cipher.decrypt(other.encrypt(ID_NUMBER)))
                .isInstanceOf(CiphertextRejectedException.class)
                .hasMessageContaining("different key")
                .message().doesNotContain(ID_NUMBER);
    }

    @Test
    void a_value_naming_an_unknown_key_id_is_rejected() {
        var other = new SensitiveDataCipher("k2", Map.of("k2", bytes(2)));

        assertThatThrownBy(() -> cipher.decrypt(other.encrypt(ID_NUMBER)))
                .isInstanceOf(CiphertextRejectedException.class)
                .hasMessageContaining("unknown key id");
    }

    @Test
    void after_a_rotation_old_values_still_decrypt_and_new_ones_use_the_current_key() {
        var old = cipher.encrypt(ID_NUMBER);
        var rotated = new SensitiveDataCipher("k2", Map.of("k1", key, "k2", bytes(2)));

        assertThat(rotated.decrypt(old)).isEqualTo(ID_NUMBER);
        assertThat(rotated.encrypt(ID_NUMBER)).startsWith("v1:k2:");
        assertThat(rotated.decrypt(rotated.encrypt(ID_NUMBER))).isEqualTo(ID_NUMBER);
    }

    @Test
    void a_relabelled_key_id_does_not_decrypt_even_with_the_same_key_bytes() {
        var both = new SensitiveDataCipher("k1", Map.of("k1", key, "k2", key));
        var relabelled = both.encrypt(ID_NUMBER).replace("v1:k1:", "v1:k2:");

        assertThatThrownBy(() -> both.decrypt(relabelled)).isInstanceOf(CiphertextRejectedException.class);
    }

    @Test
    void the_blind_index_is_the_same_for_the_same_value_and_key() {
        var again = new SensitiveDataCipher("k1", Map.of("k1", bytes(1)));

        assertThat(cipher.blindIndex(ID_NUMBER)).isEqualTo(cipher.blindIndex(ID_NUMBER))
                .isEqualTo(again.blindIndex(ID_NUMBER))
                .matches("[A-Za-z0-9_-]{43}")
                .isNotEqualTo(cipher.blindIndex("371502198001011236"));
    }

    @Test
    void the_blind_index_differs_per_key_and_is_not_the_ciphertext_key() {
        var other = new SensitiveDataCipher("k1", Map.of("k1", bytes(2)));

        assertThat(cipher.blindIndex(ID_NUMBER)).isNotEqualTo(other.blindIndex(ID_NUMBER));
        assertThat(cipher.blindIndex(ID_NUMBER)).doesNotContain(ID_NUMBER);
    }

    @Test
    void to_string_shows_key_ids_but_never_key_material() {
        var text = cipher.toString();

        assertThat(text).contains("k1")
                .doesNotContain(Base64.getEncoder().encodeToString(key))
                .doesNotContain(Base64.getUrlEncoder().encodeToString(key))
                .doesNotContain("SecretKeySpec")
                .doesNotContain("DerivedKeys[encryption");
    }

    @Test
    void keys_of_the_wrong_length_or_ids_with_a_colon_are_refused() {
        assertThatThrownBy(() -> new SensitiveDataCipher("k1", Map.of("k1", new byte[16])))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new SensitiveDataCipher("a:b", Map.of("a:b", key)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SensitiveDataCipher("k2", Map.of("k1", key)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] bytes(int seed) {
        var bytes = new byte[32];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (seed * 31 + i);
        }
        return bytes;
    }
}
