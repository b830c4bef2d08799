package cn.liaocheng.jobs.benchmarks;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One phone browsing the catalogue, speaking Vaadin's protocol without a browser (so that hundreds fit on a small
 * machine): its own cookies (the session), its own UI, and the message counters Vaadin expects. Used by the
 * benchmarks of memory per session and of round trips under load.
 */
final class PhoneSession {

    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
    private static final Pattern CSRF = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([0-9a-f-]+)\"");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\"\\s*:\\s*(-?\\d+)");
    private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\"\\s*:\\s*(\\d+)");
    private static final Pattern OFFER_LINK = Pattern.compile("\"(offers/[a-z0-9-]+)\"");

    private final String base;
    private final AtomicInteger requests;
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private String uiId = "0";
    private String csrf = "";
    private int syncId;
    private int clientId;
    private int historyIndex;
    private String offer = "";

    /** {@code requests} counts every HTTP request this session sends (shared by the sessions of one run). */
    PhoneSession(String base, AtomicInteger requests) {
        this.base = base.replaceAll("/$", "");
        this.requests = requests;
    }

    /**
     * Opens {@code /courses} (the first view comes with the page, {@code eagerServerLoad}) and sends the browser's
     * first message: the route it is on.
     */
    void open() throws IOException, InterruptedException {
        var page = get("/courses");
        uiId = find(UI_ID, page, "the UI id");
        csrf = find(CSRF, page, "the CSRF token");
        syncId = Integer.parseInt(find(SYNC_ID, page, "the sync id"));
        clientId = Integer.parseInt(find(CLIENT_ID, page, "the client id"));
        navigate("/courses", "", "");
    }

    /**
     * The clicks of one browsing round, as a click on a link sends them ({@code ui-navigate}): the incubation list,
     * an offer's page, the home page, the courses of one county (the heaviest page a person can stay on).
     */
    static final int CLICKS_PER_ROUND = 4;

    /** Click number {@code i} of a browsing round (0 … {@link #CLICKS_PER_ROUND} - 1); returns Vaadin's answer. */
    String click(int i) throws IOException, InterruptedException {
        return switch (i % CLICKS_PER_ROUND) {
            case 0 -> {
                var incubation = navigate("incubation", "", "client");
                var link = OFFER_LINK.matcher(incubation);
                offer = link.find() ? link.group(1) : "";
                yield incubation;
            }
            case 1 -> navigate(offer.isEmpty() ? "loans" : offer, "", "client");
            case 2 -> navigate("", "", "client");
            default -> navigate("courses", "county=shenxian", "client");
        };
    }

    /** {@link #open()} and one browsing round; returns the answer to the last click. */
    String browse() throws IOException, InterruptedException {
        open();
        String last = "";
        for (int i = 0; i < CLICKS_PER_ROUND; i++) {
            last = click(i);
        }
        return last;
    }

    private String navigate(String route, String query, String trigger) throws IOException, InterruptedException {
        var rpc = """
                [{"type":"event","node":1,"event":"ui-navigate","data":{"route":"%s","query":"%s",\
                "appShellTitle":"","historyState":{"idx":%d},"trigger":"%s"}}]"""
                .formatted(route, query, historyIndex++, trigger);
        return uidl(rpc);
    }

    private String uidl(String rpc) throws IOException, InterruptedException {
        var body = "{\"csrfToken\":\"%s\",\"rpc\":%s,\"syncId\":%d,\"clientId\":%d}"
                .formatted(csrf, rpc, syncId, clientId);
        var request = HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        var response = send(request);
        Matcher sync = SYNC_ID.matcher(response);
        if (!sync.find()) {
            throw new IllegalStateException("no syncId in the answer to " + rpc + ": " + abbreviate(response));
        }
        syncId = Integer.parseInt(sync.group(1));
        Matcher client = CLIENT_ID.matcher(response);
        clientId = client.find() ? Integer.parseInt(client.group(1)) : clientId + 1;
        return response;
    }

    private String get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET().build());
    }

    private String send(HttpRequest request) throws IOException, InterruptedException {
        requests.incrementAndGet();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": "
                    + abbreviate(response.body()));
        }
        return response.body();
    }

    private static String find(Pattern pattern, String text, String what) {
        var matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + what + " in the page: " + abbreviate(text));
        }
        return matcher.group(1);
    }

    private static String abbreviate(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "…" : text;
    }
}
