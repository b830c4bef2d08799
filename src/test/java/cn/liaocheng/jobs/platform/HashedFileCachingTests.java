package cn.liaocheng.jobs.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class HashedFileCachingTests {

    /** What the chain after the filter does to a static file: Spring Security's default, then Vaadin's one hour. */
    private MockHttpServletResponse serve(String path) throws Exception {
        var request = new MockHttpServletRequest("GET", path);
        var response = new MockHttpServletResponse();
        new HashedFileCaching.Filter().doFilter(request, response, (req, res) -> {
            var http = (HttpServletResponse) res;
            http.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
            http.setHeader("Cache-Control", "max-age=3600");
            http.setDateHeader("Expires", 0);
            http.setHeader("Content-Type", "text/javascript");
        });
        return response;
    }

    @Test
    void files_named_with_their_hash_are_kept_for_a_year_whatever_the_server_says_after() throws Exception {
        for (var path : new String[] {"/VAADIN/build/FlowClient-8O6LUUaH.js", "/VAADIN/build/indexhtml-D9aLS-kw.js",
                "/VAADIN/build/chunk-1ab0a25e5845-B1RKkk69.js", "/VAADIN/build/vaadin-lumo-Cq7qkedf.css"}) {
            var response = serve(path);
            assertThat(response.getHeaders("Cache-Control")).as(path).containsExactly(HashedFileCaching.IMMUTABLE);
            assertThat(response.getHeader("Expires")).as(path).isNull();
            assertThat(response.getHeader("Content-Type")).as("other headers pass").isEqualTo("text/javascript");
        }
    }

    @Test
    void other_files_keep_what_the_server_says() throws Exception {
        for (var path : new String[] {"/VAADIN/build/sw.js", "/VAADIN/build/stats.json", "/VAADIN/themes/x-8O6LUUaH.css",
                "/VAADIN/build/../x-8O6LUUaH.js"}) {
            assertThat(serve(path).getHeader("Cache-Control")).as(path).isEqualTo("max-age=3600");
        }
    }
}
