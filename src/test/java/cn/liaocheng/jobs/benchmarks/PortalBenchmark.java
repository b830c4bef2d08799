package cn.liaocheng.jobs.benchmarks;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.WaitUntilState;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Measures the running portal as a phone sees it and prints figures; it asserts nothing. A benchmark, not a
 * test: the name does not match Surefire's or Failsafe's patterns, so {@code ./mvnw verify} never runs it.
 * {@code scripts/benchmark.sh} starts the production jar and runs this class against it.
 *
 * <pre>
 *   PortalBenchmark --url http://127.0.0.1:PORT [--pid PID] [--jcmd PATH] [--runs 5] [--warmup 5]
 *                   [--loads 50] [--searches 50] [--sessions 50]
 * </pre>
 *
 * <ol>
 *   <li>Page weight of a first load of {@code /} and {@code /courses?county=shenxian} in a fresh phone context
 *       (empty cache): requests, bytes over the wire (Chrome DevTools Protocol {@code encodedDataLength}:
 *       headers and compressed bodies) and uncompressed body bytes, by resource type; time until the {@code h1}
 *       is visible, measured in the page from navigation start. Min and median of {@code --runs}.</li>
 *   <li>Response times in one warm context (cache filled, session open): {@code --loads} sequential loads of
 *       {@code /} and of an offer's detail page (time to a visible {@code h1}, and the document's time to first
 *       byte), and {@code --searches} keyword searches on {@code /courses} (click on the search button until the
 *       results heading changes).</li>
 *   <li>Memory per session: the server's heap in use after a full GC ({@code jcmd PID GC.run}, then
 *       {@code GC.heap_info}) before and after {@code --sessions} phone contexts each open {@code /courses};
 *       skipped without {@code --pid}.</li>
 * </ol>
 *
 * Every wait has a timeout. Progress goes to standard error, the figures to standard output.
 */
public final class PortalBenchmark {

    private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic");
    private static final double WAIT_MS = 30_000;
    private static final double NAVIGATION_MS = 60_000;
    private static final String SEARCH_KEYWORD = "蔬菜";
    private static final List<String> TYPES = List.of("document", "script", "stylesheet", "xhr/fetch", "font", "image",
            "other");

    /**
     * Resolves, once the first visible {@code h1} has been painted, to the milliseconds since navigation start
     * and the document's time to first byte (request sent to first response byte).
     */
    private static final String H1_VISIBLE = """
            () => {
              const h = document.querySelector('h1');
              if (!h || !h.checkVisibility({opacityProperty: true, visibilityProperty: true})) return false;
              const nav = performance.getEntriesByType('navigation')[0];
              return {h1: performance.now(), ttfb: nav ? nav.responseStart - nav.requestStart : -1};
            }""";
    private static final String VAADIN_IDLE = "() => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)"
            + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())";
    /** Marks the current results heading and notes the time of the next click on the search button. */
    private static final String ARM_SEARCH = """
            () => {
              const h = document.getElementById('results-heading');
              if (h) h.dataset.benchOld = '1';
              window.__benchOldHeading = h ? h.textContent : null;
              window.__benchClick = 0;
              document.getElementById('filter-search')
                  .addEventListener('click', () => { window.__benchClick = performance.now(); },
                                    {capture: true, once: true});
            }""";
    /** Resolves to the milliseconds from the click to a painted, new results heading. */
    private static final String SEARCH_DONE = """
            () => {
              const h = document.getElementById('results-heading');
              if (!window.__benchClick || !h) return false;
              if (h.dataset.benchOld && h.textContent === window.__benchOldHeading) return false;
              return performance.now() - window.__benchClick;
            }""";

    private final Options options;
    private final PrintStream out;
    private final PrintStream log;
    private final Browser browser;

    private PortalBenchmark(Options options, Browser browser) {
        this.options = options;
        this.browser = browser;
        this.out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        this.log = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("PortalBenchmark: " + e.getMessage());
            System.err.println("usage: PortalBenchmark --url http://127.0.0.1:PORT [--pid PID] [--jcmd PATH]"
                    + " [--runs N] [--warmup N] [--loads N] [--searches N] [--sessions N]");
            System.exit(2);
            return;
        }
        var executable = System.getenv().getOrDefault("PORTAL_CHROMIUM", "/usr/bin/chromium");
        if (!Files.isExecutable(Path.of(executable))) {
            System.err.println("PortalBenchmark: no Chromium at " + executable
                    + " (apt-get install chromium fonts-noto-cjk, or set PORTAL_CHROMIUM)");
            System.exit(1);
            return;
        }
        try (var playwright = Playwright.create(new Playwright.CreateOptions()
                        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                var browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Paths.get(executable))
                        .setHeadless(true)
                        .setArgs(CHROMIUM_ARGS))) {
            new PortalBenchmark(options, browser).run();
        }
    }

    private void run() throws IOException, InterruptedException {
        log.printf("benchmark: %s, Chromium %s%n", options.url, browser.version());
        var weights = new ArrayList<PageWeight>();
        for (var path : List.of("/", "/courses?county=shenxian")) {
            weights.add(pageWeight(path));
        }
        var timings = responseTimes();
        var memory = memoryPerSession();
        printReport(weights, timings, memory);
    }

    // ---------------------------------------------------------------------------------------------
    // 1. Page weight of a first load

    private PageWeight pageWeight(String path) {
        var weight = new PageWeight(path);
        if (options.warmup > 0) {
            // The server's first rendering of this view (cold code paths) is not what a first visit costs later.
            try (var context = newPhone()) {
                weight.coldH1Ms = openAndTime(context.newPage(), path).h1Ms;
                log.printf("  first load %-26s on a cold server (not counted): h1 %5.0f ms%n", path, weight.coldH1Ms);
            }
        }
        for (int run = 1; run <= options.runs; run++) {
            try (var context = newPhone()) {
                var page = context.newPage();
                var traffic = new Traffic(context.newCDPSession(page));
                var h1 = openAndTime(page, path);
                try {
                    page.waitForLoadState(LoadState.NETWORKIDLE, new Page.WaitForLoadStateOptions().setTimeout(15_000));
                } catch (PlaywrightException e) {
                    log.printf("  (network not idle after 15 s on %s: counting what finished)%n", path);
                }
                var totals = traffic.totals();
                weight.add(h1.h1Ms, totals);
                log.printf("  first load %-26s run %d/%d: h1 %5.0f ms, %d requests, %s KB wire, %s KB uncompressed%n",
                        path, run, options.runs, h1.h1Ms, totals.get("total").requests,
                        kb(totals.get("total").wire), kb(totals.get("total").raw));
                if (run == 1) {
                    log.println("    responses, largest first:");
                    traffic.largest(20).forEach(line -> log.println("    " + line));
                }
            }
        }
        return weight;
    }

    /** What one page load fetched, from the DevTools Protocol's network events. */
    private static final class Traffic {

        private final CDPSession cdp;
        private final Map<String, String> typeById = new ConcurrentHashMap<>();
        private final Map<String, String> urlById = new ConcurrentHashMap<>();
        private final Map<String, Long> rawById = new ConcurrentHashMap<>();
        private final Map<String, Long> wireById = new ConcurrentHashMap<>();

        Traffic(CDPSession cdp) {
            this.cdp = cdp;
            cdp.on("Network.requestWillBeSent", event -> {
                var url = event.getAsJsonObject("request").get("url").getAsString();
                if (url.startsWith("http:") || url.startsWith("https:")) {
                    var id = event.get("requestId").getAsString();
                    typeById.put(id, event.has("type") ? event.get("type").getAsString() : "Other");
                    urlById.put(id, url);
                }
            });
            cdp.on("Network.responseReceived", event -> {
                var id = event.get("requestId").getAsString();
                if (typeById.containsKey(id) && event.has("type")) {
                    typeById.put(id, event.get("type").getAsString());
                }
            });
            cdp.on("Network.dataReceived", event ->
                    rawById.merge(event.get("requestId").getAsString(), event.get("dataLength").getAsLong(), Long::sum));
            cdp.on("Network.loadingFinished", event ->
                    wireById.put(event.get("requestId").getAsString(), event.get("encodedDataLength").getAsLong()));
            cdp.send("Network.enable", new JsonObject());
        }

        /** Requests, wire bytes and uncompressed bytes by type, and in total. */
        Map<String, Bytes> totals() {
            // A round trip on the same session delivers the events that were already on their way.
            cdp.send("Runtime.evaluate", expression("1"));
            var totals = new LinkedHashMap<String, Bytes>();
            TYPES.forEach(type -> totals.put(type, new Bytes()));
            totals.put("total", new Bytes());
            typeById.forEach((id, cdpType) -> {
                long raw = rawById.getOrDefault(id, 0L);
                long wire = wireById.getOrDefault(id, 0L);
                for (var bucket : List.of(bucket(cdpType), "total")) {
                    var bytes = totals.get(bucket);
                    bytes.requests++;
                    bytes.raw += raw;
                    bytes.wire += wire;
                }
            });
            return totals;
        }

        /** The largest responses on the wire, one line each. */
        List<String> largest(int count) {
            return typeById.keySet().stream()
                    .sorted((a, b) -> Long.compare(wireById.getOrDefault(b, 0L), wireById.getOrDefault(a, 0L)))
                    .limit(count)
                    .map(id -> String.format(Locale.ROOT, "%8s KB wire %8s KB uncompr.  %-10s %s",
                            kb(wireById.getOrDefault(id, 0L)), kb(rawById.getOrDefault(id, 0L)),
                            bucket(typeById.get(id)), shorten(urlById.getOrDefault(id, "?"))))
                    .toList();
        }

        private static String shorten(String url) {
            var path = URI.create(url).getRawPath();
            var query = URI.create(url).getRawQuery();
            var text = query == null ? path : path + "?" + query;
            return text.length() <= 90 ? text : text.substring(0, 90) + "…";
        }

        private static JsonObject expression(String expression) {
            var params = new JsonObject();
            params.addProperty("expression", expression);
            return params;
        }

        private static String bucket(String cdpType) {
            return switch (cdpType) {
                case "Document" -> "document";
                case "Script" -> "script";
                case "Stylesheet" -> "stylesheet";
                case "XHR", "Fetch", "EventSource", "WebSocket" -> "xhr/fetch";
                case "Font" -> "font";
                case "Image" -> "image";
                default -> "other";
            };
        }
    }

    private static final class Bytes {
        int requests;
        long wire;
        long raw;
    }

    private static final class PageWeight {
        final String path;
        double coldH1Ms = Double.NaN;
        final List<Double> h1Ms = new ArrayList<>();
        final List<Map<String, Bytes>> runs = new ArrayList<>();

        PageWeight(String path) {
            this.path = path;
        }

        void add(double h1, Map<String, Bytes> totals) {
            h1Ms.add(h1);
            runs.add(totals);
        }

        /** The run whose total wire bytes are the median, as the representative breakdown. */
        Map<String, Bytes> medianRun() {
            var sorted = new ArrayList<>(runs);
            sorted.sort((a, b) -> Long.compare(a.get("total").wire, b.get("total").wire));
            return sorted.get((sorted.size() - 1) / 2);
        }

        String spread() {
            var wires = runs.stream().mapToLong(r -> r.get("total").wire).sorted().toArray();
            var requests = runs.stream().mapToInt(r -> r.get("total").requests).sorted().toArray();
            return String.format(Locale.ROOT, "across runs: %d-%d requests, %s-%s KB wire", requests[0],
                    requests[requests.length - 1], kb(wires[0]), kb(wires[wires.length - 1]));
        }
    }

    // ---------------------------------------------------------------------------------------------
    // 2. Response times in a warm context

    private Map<String, List<Double>> responseTimes() {
        var results = new LinkedHashMap<String, List<Double>>();
        try (var context = newPhone()) {
            var page = context.newPage();
            openAndTime(page, "/courses");
            waitForVaadin(page);
            var detail = (String) page.evaluate("() => { const a = document.querySelector('ul.offer-cards a');"
                    + " return a ? new URL(a.href).pathname + new URL(a.href).search : null; }");
            if (detail == null) {
                throw new IllegalStateException("no offer link (ul.offer-cards a) on /courses: is the sample catalogue loaded?");
            }
            log.printf("detail page: %s%n", detail);

            for (var path : List.of("/", detail)) {
                var label = path.equals("/") ? "/ (home)" : "detail " + path;
                var h1 = new ArrayList<Double>();
                var ttfb = new ArrayList<Double>();
                for (int i = -options.warmup; i < options.loads; i++) {
                    var timing = openAndTime(page, path);
                    if (i >= 0) {
                        h1.add(timing.h1Ms);
                        ttfb.add(timing.ttfbMs);
                    }
                }
                waitForVaadin(page);
                log.printf("  %d warm loads of %s: median h1 %.0f ms%n", options.loads, path, percentile(h1, 50));
                results.put(label + " | h1 visible", h1);
                results.put(label + " | document TTFB", ttfb);
            }

            results.put("search \"" + SEARCH_KEYWORD + "\" on /courses | click → results", searches(page));
        }
        return results;
    }

    /** Alternates a timed keyword search with an untimed empty one, so that each timed search changes the results. */
    private List<Double> searches(Page page) {
        openAndTime(page, "/courses");
        waitForVaadin(page);
        var times = new ArrayList<Double>();
        for (int i = -options.warmup; i < options.searches; i++) {
            var ms = search(page, SEARCH_KEYWORD);
            search(page, "");
            if (i >= 0) {
                times.add(ms);
            }
        }
        log.printf("  %d searches: median %.0f ms%n", options.searches, percentile(times, 50));
        return times;
    }

    private double search(Page page, String keyword) {
        page.locator("#filter-keyword").fill(keyword);
        page.evaluate(ARM_SEARCH);
        page.locator("#filter-search").click();
        var ms = number(page.waitForFunction(SEARCH_DONE, null, new Page.WaitForFunctionOptions().setTimeout(WAIT_MS))
                .jsonValue());
        waitForVaadin(page);
        return ms;
    }

    // ---------------------------------------------------------------------------------------------
    // 3. Memory per session

    private Memory memoryPerSession() throws IOException, InterruptedException {
        if (options.pid == null) {
            log.println("memory per session: skipped (no --pid of the server)");
            return null;
        }
        var before = usedHeapKb();
        log.printf("memory: heap in use after full GC %d KB; opening %d phone sessions on /courses%n", before,
                options.sessions);
        var contexts = new ArrayList<BrowserContext>();
        try {
            for (int i = 0; i < options.sessions; i++) {
                var context = newPhone();
                contexts.add(context);
                var page = context.newPage();
                openAndTime(page, "/courses");
                waitForVaadin(page);
                if ((i + 1) % 10 == 0) {
                    log.printf("  %d/%d sessions open%n", i + 1, options.sessions);
                }
            }
            var after = usedHeapKb();
            return new Memory(before, after, options.sessions);
        } finally {
            contexts.forEach(BrowserContext::close);
        }
    }

    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    /** Heap in use after two full collections, from {@code jcmd PID GC.heap_info}. */
    private long usedHeapKb() throws IOException, InterruptedException {
        jcmd("GC.run");
        jcmd("GC.run");
        var info = jcmd("GC.heap_info");
        var matcher = USED.matcher(info);
        if (!matcher.find()) {
            throw new IllegalStateException("no 'used NK' in jcmd GC.heap_info:\n" + info);
        }
        return Long.parseLong(matcher.group(1));
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(options.jcmd, options.pid, command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("jcmd " + options.pid + " " + command + " did not finish in 60 s");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + options.pid + " " + command + " failed:\n" + output);
        }
        return output;
    }

    private record Memory(long beforeKb, long afterKb, int sessions) {
        double perSessionKb() {
            return (afterKb - beforeKb) / (double) sessions;
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Browser helpers

    /** A fresh phone: 360x780, touch, zh-CN, empty cache and cookies. */
    private BrowserContext newPhone() {
        var context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(360, 780)
                .setIsMobile(true)
                .setHasTouch(true)
                .setLocale("zh-CN"));
        context.setDefaultTimeout(WAIT_MS);
        context.setDefaultNavigationTimeout(NAVIGATION_MS);
        return context;
    }

    private record Load(double h1Ms, double ttfbMs) {
    }

    /** Loads an address (a full page load) and times it, in the page, from navigation start to a visible h1. */
    private Load openAndTime(Page page, String path) {
        page.navigate(options.url + path, new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
        var result = (Map<?, ?>) page.waitForFunction(H1_VISIBLE, null,
                new Page.WaitForFunctionOptions().setTimeout(WAIT_MS)).jsonValue();
        return new Load(number(result.get("h1")), number(result.get("ttfb")));
    }

    private static void waitForVaadin(Page page) {
        page.waitForFunction(VAADIN_IDLE, null, new Page.WaitForFunctionOptions().setTimeout(WAIT_MS));
    }

    private static double number(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        throw new IllegalStateException("expected a number from the page, got " + value);
    }

    // ---------------------------------------------------------------------------------------------
    // Report

    private void printReport(List<PageWeight> weights, Map<String, List<Double>> timings, Memory memory) {
        out.println();
        out.println("================ Portal benchmark ================");
        out.printf("server %s; Chromium %s; phone 360x780, touch, zh-CN%n", options.url, browser.version());

        out.println();
        out.printf("1. First load, fresh context (empty cache), %d run(s): requests and bytes of the median run%n",
                options.runs);
        out.printf("%-26s %-11s %8s %10s %12s%n", "page", "type", "requests", "wire KB", "uncompr. KB");
        for (var weight : weights) {
            var run = weight.medianRun();
            for (var entry : run.entrySet()) {
                var bytes = entry.getValue();
                if (bytes.requests == 0 && !entry.getKey().equals("total")) {
                    continue;
                }
                out.printf("%-26s %-11s %8d %10s %12s%n", entry.getKey().equals("total") ? weight.path : "",
                        entry.getKey(), bytes.requests, kb(bytes.wire), kb(bytes.raw));
            }
            out.printf("%-26s %s%n", "", weight.spread());
        }
        out.println();
        out.printf("%-26s %12s %12s %18s%n", "page", "h1 min ms", "h1 median ms", "cold server, ms");
        for (var weight : weights) {
            out.printf("%-26s %12.0f %12.0f %18s%n", weight.path, percentile(weight.h1Ms, 0),
                    percentile(weight.h1Ms, 50), Double.isNaN(weight.coldH1Ms) ? "-" : String.format(Locale.ROOT,
                            "%.0f", weight.coldH1Ms));
        }
        out.println("(h1: navigation start to a painted, visible h1; cold server: the view's first load after start-up,"
                + " not counted)");

        out.println();
        out.printf("2. Warm context (cache filled, one session): %d loads / %d searches after %d warm-up each%n",
                options.loads, options.searches, options.warmup);
        out.printf("%-44s %-15s %7s %7s %7s %7s%n", "what", "measure", "median", "p95", "min", "max");
        for (var entry : timings.entrySet()) {
            var parts = entry.getKey().split(" \\| ");
            var values = entry.getValue();
            out.printf("%s %-15s %7.0f %7.0f %7.0f %7.0f%n", pad(parts[0], 44), parts[1], percentile(values, 50),
                    percentile(values, 95), percentile(values, 0), percentile(values, 100));
        }
        out.println("(ms; h1 visible: navigation start to a painted h1; TTFB: document request sent to first byte)");

        out.println();
        out.println("3. Memory per session (server heap in use after full GC, jcmd GC.run + GC.heap_info)");
        if (memory == null) {
            out.println("skipped: no server PID (--pid)");
        } else {
            out.printf("before %,d KB; after %d sessions on /courses %,d KB; per session %.0f KB%n", memory.beforeKb(),
                    memory.sessions(), memory.afterKb(), memory.perSessionKb());
        }
        out.println("==================================================");
    }

    /** Pads to a width in terminal columns: CJK characters take two. */
    private static String pad(String text, int columns) {
        int width = text.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF60) ? 2 : 1).sum();
        return text + " ".repeat(Math.max(0, columns - width));
    }

    private static String kb(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1024.0);
    }

    /** Nearest-rank percentile; 0 is the minimum, 100 the maximum. */
    static double percentile(List<Double> values, double percent) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        var sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (percent <= 0) {
            return sorted[0];
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.min(Math.max(rank, 1), sorted.length) - 1];
    }

    // ---------------------------------------------------------------------------------------------
    // Arguments

    private static final class Options {
        String url;
        String pid;
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        int runs = 5;
        int warmup = 5;
        int loads = 50;
        int searches = 50;
        int sessions = 50;

        static Options parse(String[] args) {
            var options = new Options();
            var list = Arrays.asList(args);
            for (int i = 0; i < list.size(); i++) {
                var name = list.get(i);
                if (i + 1 >= list.size()) {
                    throw new IllegalArgumentException("missing value after " + name);
                }
                var value = list.get(++i);
                switch (name) {
                    case "--url" -> options.url = localUrl(value);
                    case "--pid" -> options.pid = value.matches("\\d+") ? value : fail("--pid must be a number: " + value);
                    case "--jcmd" -> options.jcmd = value;
                    case "--runs" -> options.runs = count(name, value, 1);
                    case "--warmup" -> options.warmup = count(name, value, 0);
                    case "--loads" -> options.loads = count(name, value, 1);
                    case "--searches" -> options.searches = count(name, value, 1);
                    case "--sessions" -> options.sessions = count(name, value, 1);
                    default -> fail("unknown option " + name);
                }
            }
            if (options.url == null) {
                fail("--url is required");
            }
            return options;
        }

        /** Only this machine is ever measured. */
        private static String localUrl(String value) {
            var uri = URI.create(value);
            var host = uri.getHost();
            if (!"http".equals(uri.getScheme()) || host == null
                    || !(host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]"))) {
                fail("--url must be http://localhost, http://127.x.x.x or http://[::1] (got " + value + ")");
            }
            return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
        }

        private static int count(String name, String value, int min) {
            try {
                int n = Integer.parseInt(value);
                if (n >= min && n <= 1000) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            return fail(name + " must be a number from " + min + " to 1000: " + value);
        }

        private static <T> T fail(String message) {
            throw new IllegalArgumentException(message);
        }
    }
}
