package cn.liaocheng.jobs.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The headers every response carries, asked of the running portal over HTTP as a browser would. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersTests {

    private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)' 'unsafe-eval'");

    @LocalServerPort int port;
    @Autowired @Qualifier("springSecurityFilterChain") Filter securityFilterChain;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String policy(HttpHeaders headers) {
        return headers.firstValue(ContentSecurityPolicy.HEADER).orElse("");
    }

    private static void assertSecurityHeaders(HttpHeaders headers, String what) {
        assertThat(policy(headers)).as("CSP of %s", what)
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'",
                        "form-action 'self'", "connect-src 'self'")
                .containsPattern(NONCE);
        assertThat(headers.firstValue("X-Content-Type-Options")).as("nosniff on %s", what).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).as("Referrer-Policy of %s", what).hasValue("same-origin");
        assertThat(headers.firstValue("Permissions-Policy")).as("Permissions-Policy of %s", what)
                .hasValueSatisfying(value -> assertThat(value).contains("camera=()", "microphone=()", "geolocation=()"));
        assertThat(headers.firstValue("X-Frame-Options")).as("X-Frame-Options of %s", what).hasValue("DENY");
        assertThat(headers.allValues("Strict-Transport-Security")).as("HSTS over plain HTTP on %s", what).isEmpty();
    }

    @Test
    void the_bootstrap_page_carries_the_headers_and_its_nonce_on_every_script_and_allows_no_other_inline_script()
            throws Exception {
        var page = get("/how-to-apply");

        assertSecurityHeaders(page.headers(), "the bootstrap page");
        var policy = policy(page.headers());
        var nonce = NONCE.matcher(policy).results().findFirst().orElseThrow().group(1);
        var scripts = Jsoup.parse(page.body()).select("script");
        assertThat(scripts).isNotEmpty().allSatisfy(script -> assertThat(script.attr("nonce")).isEqualTo(nonce));
        var scriptSources = policy.replaceAll(".*script-src ([^;]*).*", "$1");
        assertThat(scriptSources).doesNotContain("'unsafe-inline'", "*", "http:", "https:", "data:");
    }

    @Test
    void every_page_load_gets_its_own_nonce() throws Exception {
        var first = NONCE.matcher(policy(get("/").headers())).results().findFirst().orElseThrow().group(1);
        var second = NONCE.matcher(policy(get("/").headers())).results().findFirst().orElseThrow().group(1);

        assertThat(first).isNotEqualTo(second).hasSizeGreaterThanOrEqualTo(24);
    }

    @Test
    void vaadins_uidl_and_heartbeat_requests_and_static_files_and_errors_carry_the_headers_too() throws Exception {
        var page = get("/how-to-apply");
        var securityKey = page.body().replaceAll("(?s).*\"Vaadin-Security-Key\":\"([^\"]+)\".*", "$1");

        var uidl = post("/?v-r=uidl&v-uiId=0", "{\"csrfToken\":\"" + securityKey + "\",\"rpc\":[],\"syncId\":0,\"clientId\":0}");
        assertThat(uidl.statusCode()).isEqualTo(200);
        assertThat(uidl.body()).contains("\"syncId\":1");
        assertSecurityHeaders(uidl.headers(), "a UIDL response");

        var heartbeat = post("/?v-r=heartbeat&v-uiId=0", "");
        assertThat(heartbeat.statusCode()).isEqualTo(200);
        assertSecurityHeaders(heartbeat.headers(), "a heartbeat response");

        assertSecurityHeaders(get("/styles/portal.css").headers(), "a stylesheet");
        assertSecurityHeaders(get("/actuator/health").headers(), "the health endpoint");
        assertSecurityHeaders(get("/no/such/page").headers(), "the not-found page");
    }

    @Test
    void pages_are_not_cached_and_static_files_keep_their_own_caching() throws Exception {
        assertThat(get("/how-to-apply").headers().firstValue("Cache-Control"))
                .hasValue("no-cache, no-store, max-age=0, must-revalidate");

        var stylesheet = get("/styles/portal.css").headers();
        assertThat(stylesheet.allValues("Cache-Control")).doesNotContain("no-cache, no-store, max-age=0, must-revalidate")
                .isNotEmpty();
        assertThat(stylesheet.allValues("Pragma")).isEmpty();
        assertThat(stylesheet.allValues("Expires")).isEmpty();
    }

    @Test
    void hsts_is_sent_over_https_only() throws Exception {
        var overHttps = new MockHttpServletRequest("GET", "/styles/portal.css");
        overHttps.setSecure(true);
        overHttps.setScheme("https");
        var response = new MockHttpServletResponse();

        securityFilterChain.doFilter(overHttps, response, new MockFilterChain());

        assertThat(response.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
    }
}
