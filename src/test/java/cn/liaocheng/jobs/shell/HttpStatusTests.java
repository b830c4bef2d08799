package cn.liaocheng.jobs.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;

/**
 * The HTTP status of a page is what the page says: asked over HTTP, as a browser, a search engine or a monitoring
 * probe asks, of the friendly pages in the normal frame.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HttpStatusTests {

    /** A page whose service refuses the visitor, as {@code @PreAuthorize} does. */
    @Route(value = "test-only/refused", layout = MainLayout.class)
    @AnonymousAllowed
    public static class RefusedView extends Div implements BeforeEnterObserver {
        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            throw new AccessDeniedException("staff only");
        }
    }

    @LocalServerPort int port;

    private final HttpClient browser = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void an_unknown_address_answers_404_with_the_not_found_page() throws Exception {
        var page = get("/no/such/page");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("找不到这个页面", "返回首页");
    }

    @Test
    void an_unknown_offer_answers_404_and_a_known_one_200() throws Exception {
        assertThat(get("/offers/no-such-offer").statusCode()).isEqualTo(404);
        assertThat(get("/offers/no-such-offer").body()).contains("找不到这个页面");
        assertThat(get("/how-to-apply").statusCode()).isEqualTo(200);
    }

    @Test
    void an_application_id_that_does_not_exist_or_is_not_a_number_answers_404() throws Exception {
        assertThat(get("/applications/987654321").statusCode()).isEqualTo(404);
        assertThat(get("/applications/987654321/check").statusCode()).isEqualTo(404);
        assertThat(get("/applications/abc").statusCode()).isEqualTo(404);
        assertThat(get("/applications/99999999999999999999").statusCode()).isEqualTo(404);
    }

    @Test
    void a_page_that_fails_while_opening_answers_500_with_the_apology_and_no_detail() throws Exception {
        // ErrorPagesTests.BrokenView fails while opening, as a lost database connection makes a page fail.
        var page = get("/test-only/broken");

        assertThat(page.statusCode()).isEqualTo(500);
        assertThat(page.body()).contains("抱歉，网站出了问题").doesNotContain("database is gone", "IllegalStateException");
    }

    @Test
    void a_page_a_service_refuses_answers_403_with_the_no_permission_page() throws Exception {
        var page = get("/test-only/refused");

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("您没有查看这个页面的权限").doesNotContain("staff only");
    }

    @Test
    void a_signed_out_visitor_of_a_protected_page_is_still_sent_to_sign_in() throws Exception {
        var page = get("/profile");

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/sign-in"));
        assertThat(get("/sign-in").statusCode()).isEqualTo(200);
    }
}
