package cn.liaocheng.jobs.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An 18-character mainland resident ID number (GB 11643-1999), always held upper-case and with a correct check
 * character. {@link #toString()} is masked: see there.
 */
public record ResidentIdNumber(String value) {

    public static final int LENGTH = 18;

    // ISO 7064 MOD 11-2: the weights are 2^(17..1) mod 11; the check character makes the weighted sum 1 mod 11.
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final int FIRST_BIRTH_YEAR = 1900;
    private static final String LIAOCHENG_PREFIX = "3715";

    /** Why an input is not a resident ID number, so that the form can say exactly what to fix. */
    public enum Reason {
        EMPTY, WRONG_LENGTH, NOT_DIGITS, BAD_DATE, BAD_CHECK_DIGIT
    }

    /** Either a valid number or the reason why not; switch over it rather than catching exceptions. */
    public sealed interface Result permits Valid, Invalid {}

    public record Valid(ResidentIdNumber number) implements Result {}

    public record Invalid(Reason reason) implements Result {}

    /**
     * For numbers that were valid when they were stored, e.g. after decryption. Neither the number nor any part of
     * it goes into the exception message, since exception messages end up in logs.
     */
    public ResidentIdNumber {
        var reason = problemWith(value);
        if (reason != null) {
            throw new IllegalArgumentException("not a resident ID number: " + reason);
        }
    }

    /**
     * Reads a number as a person typed it. Chinese input methods often produce full-width characters, people
     * group the digits with spaces and type a lower-case x, so all of that is accepted. The birth date may not
     * lie after {@code today}.
     */
    public static Result parse(@Nullable String input, LocalDate today) {
        var normalised = normalise(input);
        var reason = problemWith(normalised);
        if (reason == null && birthDateOf(normalised).isAfter(today)) {
            reason = Reason.BAD_DATE;
        }
        return reason == null ? new Valid(new ResidentIdNumber(normalised)) : new Invalid(reason);
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    /** The administrative division where the number was first issued (usually where the person was born). */
    public String regionCode() {
        return value.substring(0, 6);
    }

    public boolean isLiaocheng() {
        return value.startsWith(LIAOCHENG_PREFIX);
    }

    /** The first and last four characters, e.g. {@code 3715**********123X}: enough to recognise, not to misuse. */
    public String masked() {
        return value.substring(0, 4) + "*".repeat(LENGTH - 8) + value.substring(LENGTH - 4);
    }

    /**
     * Masked, because ID numbers must never appear in logs and a record's default {@code toString()} is what
     * ends up there when an object is logged or shown in an exception. Use {@link #value()} where the full number
     * is really needed, which is for encryption and storage.
     */
    @Override
    public String toString() {
        return masked();
    }

    /** Removes all spaces, turns full-width letters and digits into ASCII and capitalises the x. */
    static String normalise(@Nullable String input) {
        return TypedInput.compact(input, c -> false).toUpperCase(Locale.ROOT);
    }

    /** Checks everything that does not depend on today's date; null means the number is fine. */
    private static @Nullable Reason problemWith(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return Reason.EMPTY;
        }
        if (value.length() != LENGTH) {
            return Reason.WRONG_LENGTH;
        }
        for (int i = 0; i < LENGTH - 1; i++) {
            if (!isAsciiDigit(value.charAt(i))) {
                return Reason.NOT_DIGITS;
            }
        }
        char check = value.charAt(LENGTH - 1);
        if (!isAsciiDigit(check) && check != 'X') {
            return Reason.NOT_DIGITS;
        }
        if (!hasRealBirthDate(value)) {
            return Reason.BAD_DATE;
        }
        return checkCharacterFor(value) == check ? null : Reason.BAD_CHECK_DIGIT;
    }

    private static boolean hasRealBirthDate(String value) {
        try {
            return birthDateOf(value).getYear() >= FIRST_BIRTH_YEAR;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static LocalDate birthDateOf(String value) {
        return LocalDate.of(
                Integer.parseInt(value, 6, 10, 10),
                Integer.parseInt(value, 10, 12, 10),
                Integer.parseInt(value, 12, 14, 10));
    }

    private static char checkCharacterFor(String value) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (value.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    // Character.isDigit would also accept Arabic-Indic and other digits that Integer.parseInt then misreads.
    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
