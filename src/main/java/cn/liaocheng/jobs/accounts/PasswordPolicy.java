package cn.liaocheng.jobs.accounts;

import cn.liaocheng.jobs.shared.PhoneNumber;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Decides whether a new password may be used, the way NIST SP 800-63B recommends: a minimum and a generous maximum
 * length, no rules about digits or capitals, and a check against passwords that attackers try first. Composition
 * rules are left out on purpose: they push people towards "Password1!" and are hard for anyone typing with a
 * screen reader, switch access or a Chinese input method.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 8;

    /** Long enough for any passphrase or password manager; a limit at all keeps hashing cheap. */
    public static final int MAX_LENGTH = 128;

    static final String COMMON_PASSWORDS = "accounts/common-passwords.txt";

    /** Why a password is refused, so that the form can say exactly what to change. */
    public enum Reason {
        TOO_SHORT, TOO_LONG, TOO_COMMON, CONTAINS_PHONE
    }

    /** Either fine or the reason why not; switch over it rather than catching exceptions. */
    public sealed interface Result permits Valid, Invalid {}

    /** Holds nothing, so that the password cannot travel further than the check. */
    public record Valid() implements Result {}

    public record Invalid(Reason reason) implements Result {}

    private final Set<String> commonPasswords;

    PasswordPolicy() {
        this.commonPasswords = load(COMMON_PASSWORDS);
    }

    /**
     * Checks a password someone chose at sign-up or when changing it. {@code phone} is their own number, if known:
     * it is printed on every form they fill in, so a password containing it is guessed first.
     */
    public Result check(@Nullable String password, @Nullable PhoneNumber phone) {
        var typed = password == null ? "" : password;
        // Code points, not chars: 密码 or an emoji is one character to the person typing it, not two UTF-16 units.
        // Leading and trailing spaces, often pasted along by accident, do not count towards the minimum.
        if (codePoints(typed.strip()) < MIN_LENGTH) {
            return new Invalid(Reason.TOO_SHORT);
        }
        // Refused rather than cut: cutting would make the stored password differ from the one the person keeps.
        if (codePoints(typed) > MAX_LENGTH) {
            return new Invalid(Reason.TOO_LONG);
        }
        if (phone != null && withoutSeparators(comparable(typed)).contains(phone.value())) {
            return new Invalid(Reason.CONTAINS_PHONE);
        }
        var key = comparable(typed).strip().toLowerCase(Locale.ROOT);
        if (commonPasswords.contains(key) || isOneRepeatedCharacter(key) || isStraightRun(key)) {
            return new Invalid(Reason.TOO_COMMON);
        }
        return new Valid();
    }

    private static Set<String> load(String resource) {
        var stream = PasswordPolicy.class.getClassLoader().getResourceAsStream(resource);
        if (stream == null) {
            // Without the list every password would pass; better not to start at all.
            throw new IllegalStateException("missing " + resource);
        }
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> comparable(line).strip().toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // NFKC turns full-width letters and digits from a Chinese input method into ASCII, so that "１２３４５６７８" is
    // recognised as 12345678. Only for comparing; the password itself is hashed as typed.
    private static String comparable(String password) {
        return Normalizer.normalize(password, Normalizer.Form.NFKC);
    }

    // "138 0013 8000" or "138-0013-8000" inside a password is still the phone number.
    private static String withoutSeparators(String password) {
        return password.replaceAll("[\\s\\p{Pd}]", "");
    }

    private static int codePoints(String text) {
        return text.codePointCount(0, text.length());
    }

    // "aaaaaaaa", "88888888" and "啊啊啊啊啊啊啊啊" in every length, without listing each one.
    private static boolean isOneRepeatedCharacter(String key) {
        return !key.isEmpty() && key.codePoints().distinct().count() == 1;
    }

    // "12345678", "87654321", "abcdefghij" in every length: each character one after or one before the last.
    private static boolean isStraightRun(String key) {
        var points = key.codePoints().toArray();
        if (points.length < 2) {
            return false;
        }
        int step = points[1] - points[0];
        if (step != 1 && step != -1) {
            return false;
        }
        for (int i = 2; i < points.length; i++) {
            if (points[i] - points[i - 1] != step) {
                return false;
            }
        }
        return true;
    }
}
