package cn.liaocheng.jobs.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The portal's own pages for requests that never reach it. Tomcat answers some requests itself, before any filter or
 * view runs: a URL over 64 KB (the header limit), a malformed request line. It used to show its bare English
 * "HTTP Status 400 – Bad Request"; now it shows the same Chinese pages that Spring Boot's {@code /error} shows for
 * other failures outside Vaadin ({@code META-INF/resources/error/400.html}, {@code 4xx.html}, {@code 5xx.html}).
 */
@Configuration(proxyBeanMethods = false)
class ServerErrorPages {

    /** These pages have no script and load only the portal's stylesheet and icon. */
    static final String POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> portalErrorReportValve() {
        // Runs after Spring Boot's own customizer, which puts a plain ErrorReportValve on the host.
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.getPipeline().addValve(new PortalErrorReportValve());
                // Otherwise the host adds Tomcat's default valve again when it starts.
                host.setErrorReportValveClass(PortalErrorReportValve.class.getName());
            }
        });
    }

    /** Writes one of the static error pages, with the same security headers as every other response. */
    public static final class PortalErrorReportValve extends ErrorReportValve {

        private final Map<String, String> pages = Map.of(
                "400", page("400"), "4xx", page("4xx"), "5xx", page("5xx"));

        public PortalErrorReportValve() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        private static String page(String name) {
            try (var in = ServerErrorPages.class.getResourceAsStream("/META-INF/resources/error/" + name + ".html")) {
                if (in == null) {
                    throw new IllegalStateException("Missing error page error/" + name + ".html");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String pageFor(int status) {
            var exact = pages.get(Integer.toString(status));
            return exact != null ? exact : pages.get(status < 500 ? "4xx" : "5xx");
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0) {
                return;
            }
            var ioAllowed = new AtomicBoolean(false);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            try {
                response.setContentType("text/html");
                response.setCharacterEncoding("UTF-8");
                response.setHeader("Content-Language", "zh-CN");
                response.setHeader("Content-Security-Policy", POLICY);
                response.setHeader("X-Content-Type-Options", "nosniff");
                response.setHeader("X-Frame-Options", "DENY");
                response.setHeader("Referrer-Policy", "same-origin");
                // Nothing on these pages could ask for a feature; the header is there for the scanners' sake.
                response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
                var writer = response.getReporter();
                if (writer != null) {
                    writer.write(pageFor(status));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // The browser has gone or the response cannot take a body; there is no one to show a page to.
            }
        }
    }
}
