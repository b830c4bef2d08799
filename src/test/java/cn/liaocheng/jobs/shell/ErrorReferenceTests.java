package cn.liaocheng.jobs.shell;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reference on the apology is the request's trace id, and the log lines of that request carry it: asked over HTTP
 * as a browser asks, a page that fails to open and a button whose action fails in its UIDL request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ErrorReferenceTests {

    /** A button whose action fails, as a bug would make it. */
    @Route(value = "test-only/failing-action", layout = MainLayout.class)
    @AnonymousAllowed
    public static class FailingActionView extends Div {
        public FailingActionView() {
            var button = new NativeButton("Fail");
            button.setId("fail-action");
            button.getElement().addEventListener("click", event -> {
                throw new IllegalStateException("the action failed on purpose");
            });
            add(button);
        }
    }

    private static final Pattern CHANGE = Pattern.compile("\\{[^{}]*}");
    private static final Pattern NODE = Pattern.compile("\"node\":(\\d+)");

    @LocalServerPort int port;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    private static String newTraceId() {
        var bytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The W3C header nginx (or any proxy that traces) sends along. */
    private static String traceparent(String traceId) {
        return "00-" + traceId + "-00f067aa0ba902b7-01";
    }

    private HttpResponse<String> open(String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Presses the button on the page as its browser would: one UIDL request with a click event for its node. */
    private HttpResponse<String> pressFailingButton(String page, String... headers) throws IOException, InterruptedException {
        var securityKey = page.replaceAll("(?s).*\"Vaadin-Security-Key\":\"([^\"]+)\".*", "$1");
        var node = CHANGE.matcher(page).results().map(m -> m.group())
                .filter(change -> change.contains("\"key\":\"id\"") && change.contains("\"value\":\"fail-action\""))
                .map(NODE::matcher).filter(m -> m.find()).map(m -> m.group(1)).findFirst().orElseThrow();
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/?v-r=uidl&v-uiId=0"))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString("{\"csrfToken\":\"" + securityKey + "\",\"rpc\":[{\"type\":"
                        + "\"event\",\"node\":" + node + ",\"event\":\"click\",\"data\":{}}],\"syncId\":0,\"clientId\":0}"));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String lineWith(CapturedOutput output, String text) {
        return output.getAll().lines().filter(line -> line.contains(text)).findFirst().orElseThrow(
                () -> new AssertionError("no log line with " + text));
    }

    @Test
    void a_failing_button_shows_the_reference_of_its_own_request_and_the_log_line_carries_the_whole_trace_id(
            CapturedOutput output) throws Exception {
        var page = open("/test-only/failing-action").body();
        var traceId = newTraceId();
        var reference = traceId.substring(24).toUpperCase();

        var response = pressFailingButton(page, "traceparent", traceparent(traceId));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("抱歉，刚才的操作没有完成").contains(reference);
        assertThat(lineWith(output, "Error " + reference + " in a user action")).contains(traceId);
        assertThat(output.getAll()).contains("the action failed on purpose");
    }

    @Test
    void without_a_trace_from_the_proxy_the_reference_is_the_end_of_the_trace_id_in_the_log(CapturedOutput output)
            throws Exception {
        var page = open("/test-only/failing-action").body();

        var response = pressFailingButton(page);

        var reference = Pattern.compile("抱歉，刚才的操作没有完成[^\"]*?([0-9A-F]{8})").matcher(response.body()).results()
                .map(m -> m.group(1)).findFirst().orElseThrow();
        assertThat(lineWith(output, "Error " + reference + " in a user action"))
                .containsPattern("[0-9a-f]{24}" + reference.toLowerCase());
    }

    @Test
    void a_page_that_fails_to_open_shows_the_reference_of_its_request(CapturedOutput output) throws Exception {
        var traceId = newTraceId();
        var reference = traceId.substring(24).toUpperCase();

        var response = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/test-only/broken"))
                .header("traceparent", traceparent(traceId)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("这个编号：" + reference).doesNotContain(traceId);
        assertThat(lineWith(output, "Error " + reference + " while opening")).contains(traceId);
    }

    @Test
    void in_json_logs_the_line_of_a_failed_action_is_json_with_the_trace_id_and_nothing_personal() throws Exception {
        var page = open("/test-only/failing-action").body();
        var traceId = newTraceId();
        var reference = traceId.substring(24).toUpperCase();
        var json = new StringBuilder();

        try (var ignored = capture(json)) {
            pressFailingButton(page, "traceparent", traceparent(traceId));
        }

        var line = json.toString().lines().filter(l -> l.contains(reference)).findFirst().orElseThrow();
        Map<String, Object> fields = JsonMapper.builder().build().readValue(line, Map.class);
        assertThat(fields).containsEntry("traceId", traceId).containsKey("spanId").containsKey("@timestamp");
        assertThat(line).contains("Error " + reference + " in a user action");
        // What the JSON carries beyond the message: the service, the thread, the logger, the trace; no session id, no
        // address, no account (the MDC holds only the trace).
        assertThat(fields.keySet()).allMatch(key -> key.equals("@timestamp") || key.equals("traceId")
                || key.equals("spanId") || key.equals("message") || key.startsWith("log") || key.startsWith("process")
                || key.startsWith("service") || key.startsWith("ecs") || key.startsWith("error"), "known field");
    }

    /**
     * Until closed, what PortalErrorHandler logs also goes through Spring Boot's JSON encoder in the format that
     * {@code PORTAL_LOG_FORMAT=ecs} chooses through application.properties, into {@code into}.
     */
    private static AutoCloseable capture(StringBuilder into) throws IOException {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("env", Map.of("PORTAL_LOG_FORMAT", "ecs")));
        environment.getPropertySources().addLast(new ResourcePropertySource(new ClassPathResource("application.properties")));
        var format = environment.getProperty("logging.structured.format.console");
        assertThat(format).isEqualTo("ecs");

        var context = (LoggerContext) LoggerFactory.getILoggerFactory();
        var encoder = new StructuredLogEncoder();
        encoder.setFormat(format);
        encoder.setContext(context);
        encoder.start();
        var bytes = new ByteArrayOutputStream();
        var appender = new OutputStreamAppender<ILoggingEvent>();
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.setOutputStream(bytes);
        appender.start();
        var logger = (Logger) LoggerFactory.getLogger(PortalErrorHandler.class);
        logger.addAppender(appender);
        return () -> {
            logger.detachAppender(appender);
            appender.stop();
            into.append(bytes.toString(StandardCharsets.UTF_8));
        };
    }
}
