package cn.liaocheng.jobs.shared;

import org.jspecify.annotations.Nullable;

/**
 * A mainland mobile number: 11 digits, a 1 followed by 3 to 9, always held without country code or separators.
 * People sign in with it and verification codes go to it. {@link #toString()} is masked: see there.
 */
public record PhoneNumber(String value) {

    public static final int LENGTH = 11;

    private static final String COUNTRY_CODE = "86";

    /** Why an input is not a mobile number, so that the form can say exactly what to fix. */
    public enum Reason {
        EMPTY, NOT_DIGITS, WRONG_LENGTH, NOT_A_MOBILE_NUMBER
    }

    /** Either a valid number or the reason why not; switch over it rather than catching exceptions. */
    public sealed interface Result permits Valid, Invalid {}

    public record Valid(PhoneNumber number) implements Result {}

    public record Invalid(Reason reason) implements Result {}

    /**
     * For numbers that were valid when they were stored. The number does not go into the exception message, since
     * exception messages end up in logs.
     */
    public PhoneNumber {
        var reason = problemWith(value);
        if (reason != null) {
            throw new IllegalArgumentException("not a mobile number: " + reason);
        }
    }

    /**
     * Reads a number as a person typed it or pasted it from a contact card: digits grouped with spaces or hyphens
     * (138 0013 8000, 138-0013-8000), full-width digits from a Chinese input method, and a +86, 86 or 0086 country
     * code in front.
     */
    public static Result parse(@Nullable String input) {
        var typed = normalise(input);
        if (typed.isEmpty()) {
            return new Invalid(Reason.EMPTY);
        }
        boolean international = typed.charAt(0) == '+';
        var digits = international ? typed.substring(1) : typed;
        if (digits.isEmpty() || !isAsciiDigits(digits)) {
            return new Invalid(Reason.NOT_DIGITS);
        }
        var national = withoutCountryCode(digits, international);
        if (national == null) {
            // "+" followed by another country's code: a real number, but not one we can send codes to.
            return new Invalid(Reason.NOT_A_MOBILE_NUMBER);
        }
        var reason = problemWith(national);
        return reason == null ? new Valid(new PhoneNumber(national)) : new Invalid(reason);
    }

    /** The first three and last four digits, e.g. {@code 138****8000}: enough to recognise, not to misuse. */
    public String masked() {
        return value.substring(0, 3) + "****" + value.substring(LENGTH - 4);
    }

    /**
     * Masked, because a phone number together with a disability record is sensitive personal information, and a
     * record's default {@code toString()} is what ends up in logs when an object is logged or shown in an
     * exception. Use {@link #value()} where the full number is really needed: storage and sending codes.
     */
    @Override
    public String toString() {
        return masked();
    }

    /** Removes spaces and dashes of every width and turns full-width digits and plus signs into ASCII. */
    static String normalise(@Nullable String input) {
        return TypedInput.compact(input, PhoneNumber::isDash);
    }

    /**
     * Null when the digits start with a country code other than China's after a "+". Without a "+", 86 and 0086 are
     * only taken as a country code when exactly 11 digits follow, since no mobile number itself starts with 8 or 0.
     */
    private static @Nullable String withoutCountryCode(String digits, boolean international) {
        if (international) {
            return digits.startsWith(COUNTRY_CODE) ? digits.substring(COUNTRY_CODE.length()) : null;
        }
        if (digits.length() == LENGTH + 2 && digits.startsWith(COUNTRY_CODE)) {
            return digits.substring(2);
        }
        if (digits.length() == LENGTH + 4 && digits.startsWith("00" + COUNTRY_CODE)) {
            return digits.substring(4);
        }
        return digits;
    }

    /** Null means the number is fine. */
    private static @Nullable Reason problemWith(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return Reason.EMPTY;
        }
        if (!isAsciiDigits(value)) {
            return Reason.NOT_DIGITS;
        }
        if (value.length() != LENGTH) {
            return Reason.WRONG_LENGTH;
        }
        // Mobile numbers begin 13 to 19; a landline with Liaocheng's 0635 area code, or a 12x service line, does not.
        return value.charAt(0) == '1' && value.charAt(1) >= '3' ? null : Reason.NOT_A_MOBILE_NUMBER;
    }

    // Hyphen-minus, the Unicode hyphens and dashes (U+2010..U+2015), and the minus sign: input methods and contact
    // cards produce all of them between digit groups.
    private static boolean isDash(int c) {
        return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212;
    }

    // Character.isDigit would also accept Arabic-Indic and other digits that are not phone digits.
    private static boolean isAsciiDigits(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
