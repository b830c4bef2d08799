package cn.liaocheng.jobs.shared;

import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;

/**
 * Numbers as people type them: Chinese input methods produce full-width characters (３７１５, ｘ, ＋) and
 * people group digits with spaces. Folds the full-width forms to ASCII and drops every kind of space,
 * plus whatever else a number type lets people put between its digits.
 */
public final class TypedInput {

    private TypedInput() {
    }

    /** Full-width folded to ASCII, every kind of space dropped: for codes and numbers typed by hand. */
    public static String compact(@Nullable String input) {
        return compact(input, c -> false);
    }

    public static String compact(@Nullable String input, IntPredicate alsoDrop) {
        if (input == null) {
            return "";
        }
        var result = new StringBuilder(input.length());
        input.codePoints().forEach(c -> {
            // U+FF01..U+FF5E mirror ASCII '!'..'~' at a fixed distance.
            int ascii = c >= 0xFF01 && c <= 0xFF5E ? c - 0xFEE0 : c;
            if (!Character.isWhitespace(ascii) && !Character.isSpaceChar(ascii) && !alsoDrop.test(ascii)) {
                result.appendCodePoint(ascii);
            }
        });
        return result.toString();
    }
}
