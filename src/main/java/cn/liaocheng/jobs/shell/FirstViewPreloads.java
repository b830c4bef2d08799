package cn.liaocheng.jobs.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Which files of the production bundle a page needs before its first view can show, so that the page can name them
 * all at once ({@code <link rel=modulepreload>}) instead of the browser finding them one after another. Vaadin's
 * client imports them in sequence (the bootstrap, the component imports, the Flow client, then a view's lazy chunks
 * and scripts named in the first UIDL): on a phone 150 ms away that was 7 round trips before the h1 (decision 0029).
 *
 * <p>Read once from the bundle in the jar: the entry script named in {@code index.html}, the modules the entry
 * imports, and, from the component imports module, which lazy chunk (with its own imports) belongs to which
 * {@code loadOnDemand} key. A page asks for the keys its first UIDL contains. Without a production bundle (development
 * mode, tests) there is nothing to name.
 */
final class FirstViewPreloads {

    static final String BUILD = "VAADIN/build/";
    private static final String WEBAPP = "META-INF/VAADIN/webapp/";
    private static final Pattern ENTRY = Pattern.compile("src=\"\\./(VAADIN/build/[\\w.-]+\\.js)\"");
    // Vite writes the modules a chunk imports as "./name-hash.js" in quotes or backticks.
    private static final Pattern REFERENCE = Pattern.compile("[`\"']\\./([\\w.-]+\\.js)[`\"']");
    // The lazy chunks of views, loaded on demand: "chunk-" and a 64-digit hash.
    private static final Pattern VIEW_CHUNK = Pattern.compile("^chunk-[0-9a-f]{64}-.*");
    // __vite__mapDeps: the list that a dynamic import's dependencies point into by index.
    private static final Pattern DEPENDENCY_LIST = Pattern.compile("m\\.f=\\[([^\\]]*)]");
    // key===`…`&&t.push(o(()=>import(`./chunk-….js`),__vite__mapDeps([21,1,2]),…))
    private static final Pattern ON_DEMAND = Pattern.compile("[`\"']([0-9a-f]{64})[`\"']\\s*&&\\s*[\\w$]+\\.push\\([\\w$]+\\("
            + "\\(\\)\\s*=>\\s*import\\([`\"']\\./([\\w.-]+\\.js)[`\"']\\)(?:\\s*,\\s*__vite__mapDeps\\(\\[([\\d,\\s]*)]\\))?");
    private static final Pattern KEY_IN_PAGE = Pattern.compile("loadOnDemand\\('([0-9a-f]{64})'\\)");

    private final List<String> always;
    private final Map<String, List<String>> byKey;

    FirstViewPreloads(List<String> always, Map<String, List<String>> byKey) {
        this.always = List.copyOf(always);
        this.byKey = Map.copyOf(byKey);
    }

    static FirstViewPreloads none() {
        return new FirstViewPreloads(List.of(), Map.of());
    }

    /** The bundle in the jar (or on the class path), or nothing in development mode. */
    static FirstViewPreloads fromClasspath(ClassLoader loader) {
        return read(name -> {
            try (InputStream in = loader.getResourceAsStream(WEBAPP + name)) {
                return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    interface Files {
        /** A file of the web application by its path, e.g. {@code index.html}, {@code VAADIN/build/x.js}. */
        Optional<String> read(String path);
    }

    static FirstViewPreloads read(Files files) {
        var indexHtml = files.read("index.html");
        if (indexHtml.isEmpty()) {
            return none();
        }
        var entryMatch = ENTRY.matcher(indexHtml.get());
        if (!entryMatch.find()) {
            return none();
        }
        var entryPath = entryMatch.group(1);
        var entryName = entryPath.substring(BUILD.length());
        var entry = files.read(entryPath).orElse("");
        var always = new LinkedHashSet<String>();
        var byKey = new HashMap<String, List<String>>();
        for (var reference : references(entry)) {
            if (reference.equals(entryName) || VIEW_CHUNK.matcher(reference).matches()) {
                continue;
            }
            always.add(reference);
            if (reference.startsWith("generated-flow-imports")) {
                files.read(BUILD + reference).ifPresent(imports -> byKey.putAll(chunksByKey(imports, entryName)));
            }
        }
        return new FirstViewPreloads(new ArrayList<>(always), byKey);
    }

    private static Set<String> references(String module) {
        var found = new LinkedHashSet<String>();
        var matcher = REFERENCE.matcher(module);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Map<String, List<String>> chunksByKey(String imports, String entryName) {
        var listMatch = DEPENDENCY_LIST.matcher(imports);
        List<String> dependencies = listMatch.find()
                ? Arrays.stream(listMatch.group(1).split(",")).map(FirstViewPreloads::unquote).toList()
                : List.of();
        var byKey = new HashMap<String, List<String>>();
        var matcher = ON_DEMAND.matcher(imports);
        while (matcher.find()) {
            var files = new LinkedHashSet<String>();
            files.add(matcher.group(2));
            if (matcher.group(3) != null) {
                for (var index : matcher.group(3).split(",")) {
                    var i = Integer.parseInt(index.strip());
                    if (i < dependencies.size()) {
                        files.add(dependencies.get(i));
                    }
                }
            }
            files.remove(entryName);
            byKey.merge(matcher.group(1), List.copyOf(files), (a, b) -> {
                var both = new LinkedHashSet<>(a);
                both.addAll(b);
                return List.copyOf(both);
            });
        }
        return byKey;
    }

    private static String unquote(String item) {
        var s = item.strip();
        s = s.length() >= 2 ? s.substring(1, s.length() - 1) : s;
        return s.startsWith("./") ? s.substring(2) : s;
    }

    boolean isEmpty() {
        return always.isEmpty();
    }

    /** The bundle's files (names inside {@code VAADIN/build/}) that a page whose HTML is this needs first. */
    List<String> forPage(@Nullable String pageHtml) {
        var files = new LinkedHashSet<>(always);
        if (pageHtml != null) {
            var keys = KEY_IN_PAGE.matcher(pageHtml);
            while (keys.find()) {
                files.addAll(byKey.getOrDefault(keys.group(1), List.of()));
            }
        }
        return List.copyOf(files);
    }
}
