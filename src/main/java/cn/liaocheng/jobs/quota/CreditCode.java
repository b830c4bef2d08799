package cn.liaocheng.jobs.quota;

import java.util.Locale;
import java.util.Optional;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from 0-9 and the capital letters without I, O, Z, S and V; the last
 * is a check character over the first 17 (weights 3^i mod 31, value 31 - (sum mod 31), 31 counting as 0). Checking
 * it catches a mistyped character and most swapped neighbours before staff see the request.
 */
public final class CreditCode {

    static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {}

    /** The code in capitals without spaces, when it is well formed and its check character fits; empty otherwise. */
    public static Optional<String> valid(String typed) {
        var code = typed.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (code.length() != 18 || code.chars().anyMatch(c -> CHARACTERS.indexOf(c) < 0)) {
            return Optional.empty();
        }
        return code.charAt(17) == checkCharacter(code.substring(0, 17)) ? Optional.of(code) : Optional.empty();
    }

    /** The check character for the first 17 characters (all from {@link #CHARACTERS}). */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARACTERS.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return CHARACTERS.charAt(check == 31 ? 0 : check);
    }
}
