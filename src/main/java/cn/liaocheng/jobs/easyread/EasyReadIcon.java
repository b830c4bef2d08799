package cn.liaocheng.jobs.easyread;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The pictures an easy-read line can have, one per idea. They are files under {@code /images/easyread/} (allowed by
 * the Content-Security-Policy's {@code img-src 'self'}), so a staff member chooses one by name and cannot add markup.
 */
public enum EasyReadIcon {
    BOOK, CHECK, MONEY, PLACE, CARD, PHONE, BUILDING, WORK, HELP, PERSON, HAND, LEAF, SCHOOL, CALENDAR;

    /** The name used in the stored text, e.g. {@code money}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String src() {
        return "images/easyread/" + key() + ".svg";
    }

    /** The text alternative's translation key, e.g. {@code easyread.icon.money}. */
    public String messageKey() {
        return "easyread.icon." + key();
    }

    public static Optional<EasyReadIcon> fromKey(String key) {
        return Arrays.stream(values()).filter(i -> i.key().equals(key.strip())).findFirst();
    }
}
