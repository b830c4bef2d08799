package cn.liaocheng.jobs.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Provides the key for {@link SensitiveDataCipher}. In production it comes from {@code PORTAL_ENCRYPTION_KEY};
 * the default run ({@code ./mvnw spring-boot:run}, profile {@code sample}) makes a development key under
 * {@code ./data/} instead, so a fresh checkout starts without any set-up. Anywhere else a missing key stops start-up:
 * a generated key there would silently make the stored ID numbers unreadable once the machine is replaced.
 */
@Configuration(proxyBeanMethods = false)
class EncryptionKeyConfig {

    static final String KEY_VARIABLE = "PORTAL_ENCRYPTION_KEY";
    private static final int KEY_BYTES = 32;
    private static final Logger log = LoggerFactory.getLogger(EncryptionKeyConfig.class);

    @Bean
    SensitiveDataCipher sensitiveDataCipher(@Value("${portal.encryption.key:}") String configuredKey,
            @Value("${portal.encryption.key-id:k1}") String keyId,
            @Value("${portal.encryption.generate-dev-key:false}") boolean generateDevKey,
            @Value("${portal.encryption.dev-key-file:./data/dev-encryption.key}") String devKeyFile) {
        return new SensitiveDataCipher(keyId, Map.of(keyId, resolveKey(configuredKey, generateDevKey, Path.of(devKeyFile))));
    }

    static byte[] resolveKey(String configuredKey, boolean generateDevKey, Path devKeyFile) {
        if (!configuredKey.isBlank()) {
            return decode(configuredKey, KEY_VARIABLE);
        }
        if (!generateDevKey) {
            throw new IllegalStateException("No encryption key for ID and certificate numbers: set " + KEY_VARIABLE
                    + " to a base64-encoded 32-byte key, e.g. the output of `openssl rand -base64 32`, and keep it "
                    + "safe: data stored with it cannot be read without it");
        }
        var key = readOrCreateDevKey(devKeyFile);
        log.warn("Using the development encryption key in {}; never use it for real data, set {} instead",
                devKeyFile.toAbsolutePath(), KEY_VARIABLE);
        return key;
    }

    static byte[] readOrCreateDevKey(Path file) {
        try {
            if (!Files.exists(file)) {
                var key = new byte[KEY_BYTES];
                new SecureRandom().nextBytes(key);
                try {
                    createOwnerOnly(file);
                    Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
                    return key;
                } catch (FileAlreadyExistsException e) {
                    // A second portal started at the same moment wrote it first; use that one.
                }
            }
            return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the development encryption key " + file, e);
        }
    }

    // Created empty with its permissions first, so the key is never readable by others, not even for a moment.
    private static void createOwnerOnly(Path file) throws IOException {
        var parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        if (parent.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
    }

    // The decoder's own message quotes the offending character, so it is dropped: not even part of a key is logged.
    private static byte[] decode(String base64, String source) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The encryption key in " + source + " is not valid base64");
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException("The encryption key in " + source + " must be 32 bytes (44 base64 "
                    + "characters), but has " + key.length + " bytes; `openssl rand -base64 32` makes one");
        }
        return key;
    }
}
