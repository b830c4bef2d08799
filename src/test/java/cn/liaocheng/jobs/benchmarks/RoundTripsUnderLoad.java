package cn.liaocheng.jobs.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Server round trips of people browsing at once, each pausing to read between clicks, against the same clicks of one
 * person alone, in one run (issue 12: p95 with 200 sessions and 2 s think time at most 4 times p95 with one).
 * Prints figures, asserts nothing.
 *
 * <pre>
 *   RoundTripsUnderLoad --url http://127.0.0.1:PORT [--sessions 200] [--think-ms 2000] [--seconds 90] [--solo 60]
 * </pre>
 *
 * A round trip is one click ({@code ui-navigate}) of {@link PhoneSession}'s browsing round, timed from sending to the
 * whole answer read. First {@code --solo} clicks of one session, each after the think time; then {@code --sessions}
 * sessions open, spread over one think time, and click for {@code --seconds}, each after the think time; their
 * first round is not counted (the server's caches and the JIT are warm by then either way); then the person alone
 * again. The ratio is taken against the faster of the two lone p95s: the first may still include the JIT compiling
 * what the busy phase then finds compiled, which would flatter the ratio.
 */
public final class RoundTripsUnderLoad {

    private final String base;
    private final int sessions;
    private final long thinkMillis;
    private final long seconds;
    private final int soloClicks;
    private final PrintStream out = System.out;
    private final AtomicInteger requests = new AtomicInteger();

    private RoundTripsUnderLoad(String base, int sessions, long thinkMillis, long seconds, int soloClicks) {
        this.base = base;
        this.sessions = sessions;
        this.thinkMillis = thinkMillis;
        this.seconds = seconds;
        this.soloClicks = soloClicks;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        if (!options.containsKey("--url")) {
            System.err.println("usage: RoundTripsUnderLoad --url http://127.0.0.1:PORT [--sessions 200]"
                    + " [--think-ms 2000] [--seconds 90] [--solo 60]");
            System.exit(2);
        }
        new RoundTripsUnderLoad(options.get("--url"), Integer.parseInt(options.getOrDefault("--sessions", "200")),
                Long.parseLong(options.getOrDefault("--think-ms", "2000")),
                Long.parseLong(options.getOrDefault("--seconds", "90")),
                Integer.parseInt(options.getOrDefault("--solo", "60"))).run();
    }

    private void run() throws Exception {
        // Warms the server up the way the busy phase will find it: classes loaded, caches filled, code compiled.
        for (int i = 0; i < 5; i++) {
            new PhoneSession(base, requests).browse();
        }
        List<Long> soloBefore = alone();

        var busy = new ConcurrentLinkedQueue<Long>();
        var opening = new ConcurrentLinkedQueue<Long>();
        var failures = new ConcurrentLinkedQueue<String>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long started = System.nanoTime();
        try (var phones = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int s = 0; s < sessions; s++) {
                phones.submit(() -> {
                    try {
                        Thread.sleep(ThreadLocalRandom.current().nextLong(thinkMillis));
                        var phone = new PhoneSession(base, requests);
                        long t = System.nanoTime();
                        phone.open();
                        opening.add(System.nanoTime() - t);
                        for (int click = 0; System.nanoTime() < end; click++) {
                            Thread.sleep(thinkMillis);
                            long took = timed(phone, click);
                            if (click >= PhoneSession.CLICKS_PER_ROUND) {
                                busy.add(took);
                            }
                        }
                    } catch (Exception e) {
                        failures.add(e.getClass().getSimpleName() + ": " + e.getMessage());
                    }
                    return null;
                });
            }
        }
        double busySeconds = (System.nanoTime() - started) / 1e9;
        List<Long> soloAfter = alone();

        out.println();
        out.printf("Server round trips, one person alone and %d at once, each clicking after %d ms of reading%n",
                sessions, thinkMillis);
        out.println("click: ui-navigate to the incubation list, an offer, the home page, the courses of one county");
        out.printf("  %-32s %7s %8s %8s %8s %8s%n", "", "clicks", "p50 ms", "p95 ms", "p99 ms", "max ms");
        double soloP95 = Math.min(row("1 session, before", soloBefore), row("1 session, after", soloAfter));
        double busyP95 = row(sessions + " sessions", new ArrayList<>(busy));
        row(sessions + " sessions: opening the page", new ArrayList<>(opening));
        out.printf("  %d requests in all; busy phase %.0f s, %.1f clicks per second; %d sessions failed%n",
                requests.get(), busySeconds, busy.size() / busySeconds, failures.size());
        failures.stream().distinct().limit(5).forEach(f -> out.println("  failure: " + f));
        out.printf("p95 ratio %d sessions / 1 session (the faster lone p95): %.1f (goal: at most 4)%n", sessions, busyP95 / soloP95);
    }

    /** One person clicking alone, each click after the think time. */
    private List<Long> alone() throws Exception {
        var phone = new PhoneSession(base, requests);
        phone.open();
        var took = new ArrayList<Long>();
        for (int i = 0; i < soloClicks; i++) {
            Thread.sleep(thinkMillis);
            took.add(timed(phone, i));
        }
        return took;
    }

    private static long timed(PhoneSession phone, int click) throws Exception {
        long t = System.nanoTime();
        phone.click(click);
        return System.nanoTime() - t;
    }

    /** Prints one row of percentiles and returns p95, in ms (nearest rank, as {@link PortalBenchmark} counts). */
    private double row(String label, List<Long> nanos) {
        if (nanos.isEmpty()) {
            out.printf("  %-32s %7d %8s %8s %8s %8s%n", label, 0, "-", "-", "-", "-");
            return Double.NaN;
        }
        List<Double> ms = nanos.stream().map(n -> n / 1e6).toList();
        double p95 = PortalBenchmark.percentile(ms, 95);
        out.printf("  %-32s %7d %8.1f %8.1f %8.1f %8.1f%n", label, ms.size(), PortalBenchmark.percentile(ms, 50), p95,
                PortalBenchmark.percentile(ms, 99), PortalBenchmark.percentile(ms, 100));
        return p95;
    }
}
