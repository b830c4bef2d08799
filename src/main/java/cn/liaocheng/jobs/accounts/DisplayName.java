package cn.liaocheng.jobs.accounts;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a person wants to be called (称呼 or full name): shown in the header, on applications made for someone else
 * ("由 王芳(女儿) 代为提交") and to staff. Any script is fine; only length and invisible control characters matter.
 */
public final class DisplayName {

    /** Long enough for a four-character Chinese name with a title, or a long transliterated name. */
    public static final int MAX_LENGTH = 30;

    public enum Reason {
        EMPTY, TOO_LONG, CONTROL_CHARACTERS
    }

    private DisplayName() {
    }

    /** Empty when the name may be used as typed (after stripping spaces at either end). */
    public static Optional<Reason> problem(@Nullable String typed) {
        var name = typed == null ? "" : typed.strip();
        if (name.isEmpty()) {
            return Optional.of(Reason.EMPTY);
        }
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            return Optional.of(Reason.TOO_LONG);
        }
        // A pasted name can carry line breaks or direction marks that would garble the header and staff lists.
        if (name.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            return Optional.of(Reason.CONTROL_CHARACTERS);
        }
        return Optional.empty();
    }
}
