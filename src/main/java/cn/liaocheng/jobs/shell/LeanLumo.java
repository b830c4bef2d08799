package cn.liaocheng.jobs.shell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Lumo without the styles of components the portal never loads. Vaadin 25's {@code lumo/lumo.css} is one 234 KB file
 * (42 KB gzipped) holding every component's styles in {@code @media lumo_components_<name>} blocks, and it blocks
 * rendering: a phone paid for the grid, the date picker, charts and the rich-text editor on every first visit. The
 * production build lists the npm packages it bundled ({@code META-INF/VAADIN/config/stats.json}); a block goes only
 * when the package of its component is not among them, so a component added later brings its styles back with the
 * next build. Tokens, typography, mixins and the styles of everything bundled stay exactly as Lumo has them.
 */
final class LeanLumo {

    static final String PATH = "/lumo/lumo.css";
    private static final String LUMO = "META-INF/resources/lumo/lumo.css";
    private static final String STATS = "META-INF/VAADIN/config/stats.json";
    private static final Pattern BLOCK = Pattern.compile("@media lumo_(components|mixins)_([\\w-]+)\\{");
    private static final Pattern PACKAGE = Pattern.compile("\"@vaadin/([\\w-]+)\"");

    // Block name (or its start before a "-") -> the npm package of the component. Only what the portal does not use
    // (shell/package-info: no Grid, ComboBox, DatePicker) and is large enough to matter; anything else stays.
    private static final Map<String, String> PACKAGE_OF = Map.ofEntries(
            Map.entry("grid", "grid"), Map.entry("grid-pro", "grid-pro"),
            Map.entry("rich-text-editor", "rich-text-editor"), Map.entry("notification", "notification"),
            Map.entry("tab", "tabs"), Map.entry("tabs", "tabs"), Map.entry("tabsheet", "tabsheet"),
            Map.entry("app-layout", "app-layout"), Map.entry("drawer-toggle", "app-layout"), Map.entry("map", "map"),
            Map.entry("login", "login"), Map.entry("date-picker", "date-picker"),
            Map.entry("date-time-picker", "date-time-picker"), Map.entry("time-picker", "time-picker"),
            Map.entry("side-nav", "side-nav"), Map.entry("menu-bar", "menu-bar"), Map.entry("crud", "crud"),
            Map.entry("chart", "charts"), Map.entry("dashboard", "dashboard"), Map.entry("message", "messages"),
            Map.entry("multi-select-combo-box", "multi-select-combo-box"), Map.entry("combo-box", "combo-box"),
            Map.entry("avatar", "avatar"), Map.entry("avatar-group", "avatar-group"),
            Map.entry("split-layout", "split-layout"), Map.entry("breadcrumbs", "breadcrumbs"),
            Map.entry("user-tag", "field-highlighter"), Map.entry("user-tags", "field-highlighter"),
            Map.entry("field-outline", "field-highlighter"), Map.entry("context-menu", "context-menu"),
            Map.entry("confirm-dialog", "confirm-dialog"), Map.entry("dialog", "dialog"), Map.entry("card", "card"),
            Map.entry("slider", "slider"), Map.entry("range-slider", "slider"), Map.entry("accordion", "accordion"),
            Map.entry("details", "details"), Map.entry("grid-pro-editor", "grid-pro"));

    private final byte[] css;
    private final byte[] gzipped;
    private final String version;

    private LeanLumo(String css) {
        this.css = css.getBytes(StandardCharsets.UTF_8);
        this.gzipped = gzip(this.css);
        this.version = sha256(this.css).substring(0, 8);
    }

    /** Present only where a production bundle says which packages it holds. */
    static Optional<LeanLumo> fromClasspath(ClassLoader loader) {
        var lumo = read(loader, LUMO);
        var stats = read(loader, STATS);
        if (lumo.isEmpty() || stats.isEmpty()) {
            return Optional.empty();
        }
        var bundled = bundledPackages(stats.get());
        // Statistics in a shape this does not understand: keep all of Lumo rather than guess.
        return bundled.isEmpty() ? Optional.empty() : Optional.of(new LeanLumo(without(lumo.get(), bundled)));
    }

    /** The packages in the bundle: "npmModules" only, since "packageJsonDependencies" lists all of Vaadin's. */
    static Set<String> bundledPackages(String statsJson) {
        int start = statsJson.indexOf("\"npmModules\"");
        if (start < 0) {
            return Set.of();
        }
        int open = statsJson.indexOf('{', start);
        int close = statsJson.indexOf('}', open);
        if (open < 0 || close < 0) {
            return Set.of();
        }
        var matcher = PACKAGE.matcher(statsJson.substring(open, close));
        return matcher.results().map(m -> m.group(1)).collect(Collectors.toSet());
    }

    /** Lumo without the blocks of components whose package is not bundled. */
    static String without(String lumo, Set<String> bundled) {
        var out = new StringBuilder(lumo.length());
        Matcher matcher = BLOCK.matcher(lumo);
        int copied = 0;
        while (matcher.find(copied)) {
            int end = endOfBlock(lumo, matcher.end());
            var packageName = packageOf(matcher.group(2));
            out.append(lumo, copied, matcher.start());
            if (packageName == null || bundled.contains(packageName)) {
                out.append(lumo, matcher.start(), end);
            }
            copied = end;
        }
        out.append(lumo, copied, lumo.length());
        return out.toString();
    }

    private static String packageOf(String block) {
        // The longest known name that is the block's name or its start: "date-picker-overlay" -> date-picker.
        String best = null;
        for (var name : PACKAGE_OF.keySet()) {
            if ((block.equals(name) || block.startsWith(name + "-")) && (best == null || name.length() > best.length())) {
                best = name;
            }
        }
        return best == null ? null : PACKAGE_OF.get(best);
    }

    private static int endOfBlock(String css, int afterBrace) {
        int depth = 1;
        int i = afterBrace;
        while (depth > 0 && i < css.length()) {
            char c = css.charAt(i++);
            if (c == '"' || c == '\'') {
                // Strings such as content:"\ea01" may hold braces in other themes: skip them whole.
                while (i < css.length() && css.charAt(i) != c) {
                    i += css.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
        }
        return i;
    }

    byte[] css() {
        return css.clone();
    }

    byte[] gzipped() {
        return gzipped.clone();
    }

    int size() {
        return css.length;
    }

    int gzippedSize() {
        return gzipped.length;
    }

    /** Changes with the content, for the page's link, so the file may be kept for a year. */
    String version() {
        return version;
    }

    private static Optional<String> read(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gzip(byte[] bytes) {
        var out = new ByteArrayOutputStream(bytes.length / 4);
        try (var gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
