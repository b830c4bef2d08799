package cn.liaocheng.jobs.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code /actuator/prometheus} as the city's Prometheus and as anyone else on the portal's port would ask it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MetricsScrapeSecurityTests {

    @LocalServerPort int port;
    @Value("${portal.metrics.username}") String scrapeUser;
    @Value("${portal.metrics.password}") String scrapePassword;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> scrape() throws IOException, InterruptedException {
        return get("/actuator/prometheus", "Authorization", basic(scrapeUser, scrapePassword));
    }

    /** A page opened and one UIDL request from it, as a browser makes them. */
    private void visit(String path) throws IOException, InterruptedException {
        var page = get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        var securityKey = page.body().replaceAll("(?s).*\"Vaadin-Security-Key\":\"([^\"]+)\".*", "$1");
        var uidl = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/?v-r=uidl&v-uiId=0"))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"csrfToken\":\"" + securityKey + "\",\"rpc\":[],\"syncId\":0,\"clientId\":0}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(uidl.statusCode()).isEqualTo(200);
    }

    @Test
    void the_scrape_user_gets_request_uidl_session_pool_and_outbox_metrics() throws Exception {
        visit("/how-to-apply");

        var metrics = scrape();

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(metrics.body())
                .contains("http_server_requests_seconds_count{")
                .containsPattern("portal_vaadin_uidl_seconds_count\\{[^}]*route=\"/how-to-apply\"[^}]*} [1-9]")
                .containsPattern("portal_vaadin_uidl_seconds_bucket\\{[^}]*le=\"0.1\"")
                .containsPattern("(?m)^portal_vaadin_sessions\\{[^}]*} [1-9]")
                .containsPattern("(?m)^portal_vaadin_uis\\{[^}]*} [1-9]")
                .contains("hikaricp_connections_active{", "hikaricp_connections_pending{", "hikaricp_connections_max{")
                .containsPattern("portal_messages_outbox\\{[^}]*channel=\"SMS\"[^}]*status=\"QUEUED\"[^}]*} [0-9]")
                .containsPattern("portal_messages_outbox\\{[^}]*status=\"FAILED\"")
                .containsPattern("portal_messages_outbox\\{[^}]*status=\"SENT\"")
                .containsPattern("portal_messages_outbox_oldest_queued_seconds\\{[^}]*channel=\"PHONE_CALL\"[^}]*} [0-9]")
                .contains("application=\"jobs-portal\"");
        // Addresses with ids never become series of their own; the route template does.
        assertThat(metrics.body()).doesNotContain("v-r=uidl", "uiId");
    }

    @Test
    void an_anonymous_visitor_gets_no_metrics_on_the_public_port_and_health_stays_open() throws Exception {
        get("/how-to-apply");

        for (var path : new String[] {"/actuator/prometheus", "/actuator", "/actuator/metrics", "/actuator/env"}) {
            var response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(response.body()).as(path).doesNotContain("hikaricp", "jvm_", "portal_");
        }
        assertThat(get("/actuator/prometheus").headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Basic"));
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    @Test
    void a_wrong_password_or_user_gets_nothing_and_no_session_is_made() throws Exception {
        assertThat(get("/actuator/prometheus", "Authorization", basic(scrapeUser, scrapePassword + "x")).statusCode())
                .isEqualTo(401);
        assertThat(get("/actuator/prometheus", "Authorization", basic("admin", scrapePassword)).statusCode())
                .isEqualTo(401);
        var scraped = scrape();
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void without_a_password_nobody_gets_the_metrics_and_a_short_one_stops_the_start() {
        var unset = new MetricsScrapeSecurity.ScrapeUser("prometheus", "");
        assertThatThrownBy(() -> unset.authenticate(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.unauthenticated("prometheus", "")))
                .isInstanceOf(org.springframework.security.authentication.BadCredentialsException.class);
        assertThatThrownBy(() -> new MetricsScrapeSecurity.ScrapeUser("prometheus", "secret"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PORTAL_METRICS_PASSWORD");
    }
}
