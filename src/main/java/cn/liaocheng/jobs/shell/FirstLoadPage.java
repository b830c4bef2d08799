package cn.liaocheng.jobs.shell;

import com.vaadin.flow.server.communication.IndexHtmlResponse;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What the first HTML of a page does for a phone on a slow network (decision 0029): it names every script the first
 * view needs ({@link FirstViewPreloads}) so that they arrive in one round trip, and links the portal's
 * {@link LeanLumo} instead of all of Lumo, which this class also serves.
 */
@Configuration(proxyBeanMethods = false)
class FirstLoadPage {

    // MainLayout's @JavaScript: a classic script that the first UIDL asks for, after the Flow client has started.
    private static final String PORTAL_SCRIPT = "scripts/a11y.js";
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final Pattern PRODUCTION = Pattern.compile("\"productionMode\"\\s*:\\s*true");

    private final FirstViewPreloads preloads;
    private final Optional<LeanLumo> lumo;

    FirstLoadPage() {
        var loader = FirstLoadPage.class.getClassLoader();
        // target/classes keeps the journeys' production bundle after spring-boot:run has switched back to development
        // mode: naming its files then would load a second, stale client.
        boolean production = isProductionBuild(loader);
        this.preloads = production ? FirstViewPreloads.fromClasspath(loader) : FirstViewPreloads.none();
        this.lumo = production ? LeanLumo.fromClasspath(loader) : Optional.empty();
    }

    private static boolean isProductionBuild(ClassLoader loader) {
        try (var in = loader.getResourceAsStream("META-INF/VAADIN/config/flow-build-info.json")) {
            return in != null && PRODUCTION.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8)).find();
        } catch (IOException e) {
            return false;
        }
    }

    void improve(IndexHtmlResponse response) {
        var document = response.getDocument();
        var head = document.head();
        var initial = document.select("script[initial]").stream().map(Element::data).collect(Collectors.joining("\n"));
        var named = document.select("link[rel=modulepreload]").eachAttr("href");
        for (var file : preloads.forPage(initial)) {
            if (named.contains("./" + FirstViewPreloads.BUILD + file)) {
                continue;
            }
            head.appendElement("link").attr("rel", "modulepreload").attr("crossorigin", "")
                    .attr("href", "./" + FirstViewPreloads.BUILD + file);
        }
        if (!preloads.isEmpty() && initial.contains(PORTAL_SCRIPT)) {
            head.appendElement("link").attr("rel", "preload").attr("as", "script").attr("href", "./" + PORTAL_SCRIPT);
        }
        lumo.ifPresent(lean -> document.select("link[rel=stylesheet][data-file-path=lumo/lumo.css]")
                .attr("href", "." + LeanLumo.PATH + "?v-c=" + lean.version()));
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> leanLumoFilter() {
        // After Spring Security (default order), so the security headers are on this answer too.
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (lumo.isEmpty() || !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
                    chain.doFilter(request, response);
                    return;
                }
                serve(lumo.get(), request, response);
            }
        });
        registration.addUrlPatterns(LeanLumo.PATH);
        return registration;
    }

    private static void serve(LeanLumo lean, HttpServletRequest request, HttpServletResponse response) throws IOException {
        var etag = "\"" + lean.version() + "\"";
        response.setContentType("text/css;charset=UTF-8");
        response.setHeader("Vary", "Accept-Encoding");
        response.setHeader("ETag", etag);
        // Immutable only under the name the page links; any other address of it is asked for again.
        response.setHeader("Cache-Control", lean.version().equals(request.getParameter("v-c")) ? IMMUTABLE : "no-cache");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        var accept = request.getHeader("Accept-Encoding");
        boolean gzip = accept != null && accept.contains("gzip");
        var body = gzip ? lean.gzipped() : lean.css();
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    FirstViewPreloads preloads() {
        return preloads;
    }
}
