package cn.liaocheng.jobs.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Requests that Vaadin never sees still get the portal's own Chinese page, not Tomcat's or Spring's English one. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServerErrorPagesTests {

    @LocalServerPort int port;

    private final HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .header("Accept", "text/html,application/xhtml+xml").build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_url_over_64_kb_gets_the_portals_chinese_page_with_the_security_headers() throws Exception {
        var pastedSearch = "盲人按摩".repeat(6_000); // 72 KB once percent-encoded, more than Tomcat takes

        var page = get("/offers?q=" + java.net.URLEncoder.encode(pastedSearch, java.nio.charset.StandardCharsets.UTF_8));

        assertThat(page.statusCode()).isEqualTo(400);
        var html = Jsoup.parse(page.body());
        assertThat(html.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(html.select("h1").text()).isEqualTo("无法打开这个网址");
        assertThat(html.select("a.button-link").attr("href")).isEqualTo("/");
        assertThat(page.body()).doesNotContain("HTTP Status", "Bad Request", "Tomcat");
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(ServerErrorPages.POLICY);
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void a_url_just_under_the_limit_still_reaches_the_portal() throws Exception {
        var page = get("/offers?q=" + "a".repeat(60_000));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("无法打开这个网址");
    }

    @Test
    void a_missing_file_outside_the_views_gets_the_chinese_page_from_spring_boots_error_handling() throws Exception {
        var page = get("/VAADIN/build/no-such-file.js");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(page.body()).select("h1").text()).isEqualTo("无法完成这个请求");
        assertThat(page.body()).doesNotContain("Whitelabel");
    }
}
