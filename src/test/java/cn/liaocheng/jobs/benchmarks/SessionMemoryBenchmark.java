package cn.liaocheng.jobs.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Heap per anonymous browsing session, measured from outside with a client that speaks Vaadin's protocol (no
 * browser, so that hundreds of sessions fit on a small machine). Prints figures, asserts nothing.
 *
 * <pre>
 *   SessionMemoryBenchmark --url http://127.0.0.1:PORT --pid PID [--jcmd PATH] [--sessions 200] [--histogram 25]
 * </pre>
 *
 * Each session does what a person browsing the catalogue does: loads {@code /courses} (the first view comes with the
 * page, {@code eagerServerLoad}), sends the browser's first message, then navigates as a click on a link would
 * ({@code ui-navigate}): the incubation list, an offer's page, the home page, the courses of one county. The sessions
 * stay open (no heartbeats: as many phones would leave them). Then the server's heap in use after two full
 * collections ({@code jcmd GC.run}, {@code GC.heap_info}) is compared with the figure before, and a class histogram
 * ({@code GC.class_histogram}) diff shows what the sessions hold.
 */
public final class SessionMemoryBenchmark {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");
    private static final Pattern HISTOGRAM_LINE = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

    private final String base;
    private final String pid;
    private final String jcmd;
    private final int sessions;
    private final int histogramRows;
    private final PrintStream out = System.out;
    private final PrintStream log = System.err;
    private final AtomicInteger requests = new AtomicInteger();

    private SessionMemoryBenchmark(String base, String pid, String jcmd, int sessions, int histogramRows) {
        this.base = base.replaceAll("/$", "");
        this.pid = pid;
        this.jcmd = jcmd;
        this.sessions = sessions;
        this.histogramRows = histogramRows;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        if (!options.containsKey("--url") || !options.containsKey("--pid")) {
            System.err.println("usage: SessionMemoryBenchmark --url http://127.0.0.1:PORT --pid PID [--jcmd PATH]"
                    + " [--sessions 200] [--histogram 25]");
            System.exit(2);
        }
        String defaultJcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        new SessionMemoryBenchmark(options.get("--url"), options.get("--pid"), options.getOrDefault("--jcmd", defaultJcmd),
                Integer.parseInt(options.getOrDefault("--sessions", "200")),
                Integer.parseInt(options.getOrDefault("--histogram", "25"))).run();
    }

    private void run() throws Exception {
        // One session first, so that classes and caches the first visitor fills are not counted per session.
        var lastAnswer = new PhoneSession(base, requests).browse();
        out.printf("answer to the last navigation (Vaadin keeps it per UI to resend it): %,d characters%n",
                lastAnswer.length());
        var heapBefore = usedHeapKb();
        var histogramBefore = histogram();
        var open = new ArrayList<PhoneSession>();
        long started = System.nanoTime();
        for (int i = 0; i < sessions; i++) {
            var session = new PhoneSession(base, requests);
            session.browse();
            open.add(session);
            if ((i + 1) % 50 == 0) {
                log.printf("session-memory: %d/%d sessions open%n", i + 1, sessions);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        var heapAfter = usedHeapKb();
        var histogramAfter = histogram();

        out.println();
        out.printf("Memory per anonymous browsing session (%d sessions, Vaadin protocol client, %d requests in %.0f s)%n",
                sessions, requests.get(), seconds);
        out.println("each: GET /courses, first message, incubation list, an offer, home page, courses of one county");
        out.printf("heap in use after full GC: before %,d KB; after %,d KB; per session %.0f KB%n", heapBefore, heapAfter,
                (heapAfter - heapBefore) / (double) sessions);
        out.printf("what the sessions hold (class histogram after - before, per session, top %d):%n", histogramRows);
        out.printf("  %10s %10s  %s%n", "bytes", "instances", "class");
        histogramAfter.entrySet().stream()
                .map(e -> {
                    var was = histogramBefore.getOrDefault(e.getKey(), new long[] {0, 0});
                    return Map.entry(e.getKey(), new long[] {e.getValue()[0] - was[0], e.getValue()[1] - was[1]});
                })
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
                .limit(histogramRows)
                .forEach(e -> out.printf("  %10.0f %10.1f  %s%n", e.getValue()[1] / (double) sessions,
                        e.getValue()[0] / (double) sessions, e.getKey()));
        open.clear();
    }

    /** Heap in use after two full collections, from {@code jcmd PID GC.heap_info}. */
    private long usedHeapKb() throws IOException, InterruptedException {
        jcmd("GC.run");
        jcmd("GC.run");
        var matcher = USED.matcher(jcmd("GC.heap_info"));
        if (!matcher.find()) {
            throw new IllegalStateException("no 'used NK' in jcmd GC.heap_info");
        }
        return Long.parseLong(matcher.group(1));
    }

    /** Instances and bytes per class of the live objects ({@code GC.class_histogram} collects first). */
    private Map<String, long[]> histogram() throws IOException, InterruptedException {
        var rows = new HashMap<String, long[]>();
        for (var line : jcmd("GC.class_histogram").split("\n")) {
            var matcher = HISTOGRAM_LINE.matcher(line);
            if (matcher.find()) {
                rows.put(matcher.group(3), new long[] {Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2))});
            }
        }
        return rows;
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(jcmd, pid, command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("jcmd " + pid + " " + command + " did not finish in 120 s");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + pid + " " + command + " failed:\n" + output);
        }
        return output;
    }
}
