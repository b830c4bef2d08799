package cn.liaocheng.jobs.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A file size as people read it on a phone: "850 KB", "2.3 MB". */
public final class SizeText {

    private static final long KB = 1024;
    private static final long MB = 1024 * 1024;

    private SizeText() {
    }

    public static String of(long bytes) {
        if (bytes < MB) {
            return Math.max(1, (bytes + KB - 1) / KB) + " KB";
        }
        var megabytes = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(MB), 1, RoundingMode.HALF_UP);
        return megabytes.stripTrailingZeros().toPlainString() + " MB";
    }
}
