package cn.liaocheng.jobs.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.TestAccounts;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.catalina.util.NetMaskSet;
import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * The session cookie and the form-login endpoint, over real HTTP. The test client connects from 127.0.0.1, which
 * plays the reverse proxy here: the only address whose X-Forwarded-* headers the portal believes by default.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionCookieTests {

    @LocalServerPort int port;
    @Autowired TestAccounts testAccounts;
    @Autowired WebServerApplicationContext server;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_lax_and_not_secure_over_plain_http() throws Exception {
        var cookie = sessionCookie(get("/sign-in"));

        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .doesNotContainIgnoringCase("Secure");
    }

    @Test
    void behind_the_trusted_proxy_a_request_that_came_over_https_gets_a_secure_cookie() throws Exception {
        var cookie = sessionCookie(get("/sign-in", "X-Forwarded-Proto", "https"));

        assertThat(cookie).containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly");
    }

    @Test
    void forwarded_headers_are_believed_from_this_machine_only() {
        var valve = List.of(((TomcatWebServer) server.getWebServer()).getTomcat().getEngine().getPipeline().getValves())
                .stream().filter(RemoteIpValve.class::isInstance).map(RemoteIpValve.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no RemoteIpValve: server.forward-headers-strategy is not native"));

        assertThat(valve.getRemoteIpHeader()).isEqualToIgnoringCase("X-Forwarded-For");
        assertThat(valve.getProtocolHeader()).isEqualToIgnoringCase("X-Forwarded-Proto");
        assertThat(valve.getInternalProxies()).as("internal proxies").isNotBlank();
        // Tomcat's own check: only these peers may name another client address or protocol.
        assertThat(isInternalProxy(valve, "127.0.0.1")).isTrue();
        assertThat(isInternalProxy(valve, "0:0:0:0:0:0:0:1")).isTrue();
        assertThat(isInternalProxy(valve, "203.0.113.9")).as("a public address").isFalse();
        assertThat(isInternalProxy(valve, "10.1.2.3")).as("another machine on a private network").isFalse();
        assertThat(isInternalProxy(valve, "192.168.1.20")).as("a home router's network").isFalse();
    }

    /** The valve checks a CIDR list of internal proxies with Tomcat's NetMaskSet; so does this. */
    private static boolean isInternalProxy(RemoteIpValve valve, String address) {
        try {
            return NetMaskSet.parse(valve.getInternalProxies()).contains(address);
        } catch (java.net.UnknownHostException notAnAddress) {
            throw new AssertionError(notAnAddress);
        }
    }

    @Test
    void a_cross_site_post_to_the_sign_in_address_signs_nobody_in() throws Exception {
        var user = testAccounts.applicant("王芳");
        var form = "username=" + URLEncoder.encode(user.phoneNumber(), StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(TestAccounts.PASSWORD, StandardCharsets.UTF_8);

        var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-in"))
                .header("Origin", "https://evil.example")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());

        // Before the fix: 302 to the profile with a signed-in session.
        assertThat(response.statusCode()).as("status of a form-login POST").isNotEqualTo(302);
        assertThat(response.headers().firstValue("Location")).isEmpty();
    }
}
