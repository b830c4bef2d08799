package cn.liaocheng.jobs.documents;

import java.text.Normalizer;

/**
 * The name a document is shown under: what the person called the file, made harmless. Path parts go (a browser
 * may send {@code C:\Users\王芳\证件.jpg}), so do control and formatting characters (a right-to-left override can
 * make {@code 证件gpj.exe} look like {@code 证件exe.jpg}), and long names are shortened with their extension kept.
 * The result is only ever shown; it is never used to find a file on disk.
 */
final class DisplayNames {

    static final int MAX_LENGTH = 100;

    private DisplayNames() {
    }

    static String clean(String fileName, DocumentType type) {
        var name = Normalizer.normalize(fileName, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        var kept = new StringBuilder();
        name.codePoints().forEach(c -> {
            int kind = Character.getType(c);
            if (kind == Character.CONTROL || kind == Character.FORMAT || kind == Character.UNASSIGNED
                    || kind == Character.PRIVATE_USE || kind == Character.SURROGATE) {
                return;
            }
            kept.appendCodePoint(Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c);
        });
        name = kept.toString().replaceAll(" {2,}", " ").strip();
        // "." and ".." are not names, and a name of dots only reads as nothing.
        if (name.chars().allMatch(c -> c == '.')) {
            name = "";
        }
        if (name.isEmpty()) {
            return "file." + type.extension();
        }
        return shorten(name);
    }

    private static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        var extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        int keep = MAX_LENGTH - 1 - extension.codePointCount(0, extension.length());
        var base = name.substring(0, name.offsetByCodePoints(0, keep)).strip();
        return base + "…" + extension;
    }
}
