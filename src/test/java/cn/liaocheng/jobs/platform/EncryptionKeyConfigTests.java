package cn.liaocheng.jobs.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class EncryptionKeyConfigTests {

    private static final String TEST_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    @TempDir Path data;

    @Test
    void the_default_run_creates_a_development_key_once_and_reuses_it(CapturedOutput output) throws Exception {
        var file = data.resolve("nested/dev-encryption.key");

        var first = EncryptionKeyConfig.resolveKey("", true, file);
        var written = Files.readString(file);
        var second = EncryptionKeyConfig.resolveKey("", true, file);

        assertThat(first).hasSize(32).isEqualTo(second);
        assertThat(Files.readString(file)).isEqualTo(written);
        assertThat(output).contains("development encryption key").contains("PORTAL_ENCRYPTION_KEY")
                .doesNotContain(Base64.getEncoder().encodeToString(first));
    }

    @Test
    void the_development_key_file_is_readable_by_its_owner_only() throws Exception {
        var file = data.resolve("dev-encryption.key");
        EncryptionKeyConfig.resolveKey("", true, file);

        if (data.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
    }

    @Test
    void values_encrypted_before_a_restart_still_decrypt_with_the_reused_development_key() {
        var file = data.resolve("dev-encryption.key");
        var before = new SensitiveDataCipher("k1", java.util.Map.of("k1", EncryptionKeyConfig.resolveKey("", true, file)));
        var stored = before.encrypt("37150219800101123X");

        var after = new SensitiveDataCipher("k1", java.util.Map.of("k1", EncryptionKeyConfig.resolveKey("", true, file)));

        assertThat(after.decrypt(stored)).isEqualTo("37150219800101123X");
    }

    @Test
    void a_configured_key_is_used_and_no_development_key_is_made() {
        var file = data.resolve("dev-encryption.key");

        assertThat(EncryptionKeyConfig.resolveKey(TEST_KEY, true, file)).isEqualTo(Base64.getDecoder().decode(TEST_KEY));
        assertThat(file).doesNotExist();
    }

    @Test
    void without_a_key_outside_the_default_run_start_up_fails_naming_the_variable_to_set() {
        var file = data.resolve("dev-encryption.key");

        assertThatThrownBy(() -> EncryptionKeyConfig.resolveKey("", false, file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("set PORTAL_ENCRYPTION_KEY");
        assertThat(file).doesNotExist();
    }

    @Test
    void a_malformed_configured_key_is_refused_without_repeating_it() {
        var notBase64 = "secret-passphrase-of-the-admin!";
        var tooShort = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> EncryptionKeyConfig.resolveKey(notBase64, false, data.resolve("k")))
                .hasMessageContaining("PORTAL_ENCRYPTION_KEY").hasMessageNotContaining(notBase64)
                .hasNoCause();
        assertThatThrownBy(() -> EncryptionKeyConfig.resolveKey(tooShort, false, data.resolve("k")))
                .hasMessageContaining("32 bytes").hasMessageNotContaining(tooShort);
    }

    @Test
    void the_portal_refuses_to_start_without_a_key_and_starts_with_one() {
        var runner = new ApplicationContextRunner().withUserConfiguration(EncryptionKeyConfig.class);

        runner.run(context -> assertThat(context).hasFailed()
                .getFailure().rootCause().hasMessageContaining("PORTAL_ENCRYPTION_KEY"));
        runner.withPropertyValues("portal.encryption.key=" + TEST_KEY, "portal.encryption.key-id=2026a")
                .run(context -> assertThat(context.getBean(SensitiveDataCipher.class).encrypt("x"))
                        .startsWith("v1:2026a:"));
    }
}
