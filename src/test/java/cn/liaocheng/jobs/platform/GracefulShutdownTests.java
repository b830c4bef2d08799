package cn.liaocheng.jobs.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.JobsPortalApplication;
import jakarta.servlet.Filter;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * What a rolling update does to a replica (deploy/kubernetes/deployment.yaml): the portal is told to stop while it
 * serves a request. The probes Kubernetes asks answer on the real port, readiness turns to refusing at once, new
 * connections are refused, and the running request still gets its whole answer before the portal stops.
 */
class GracefulShutdownTests {

    private static final String SLOW_PATH = "/graceful-shutdown-test/slow";

    /** A request that takes as long as the test says: it waits inside the server until released. */
    @Configuration(proxyBeanMethods = false)
    static class SlowRequest {
        static final CountDownLatch entered = new CountDownLatch(1);
        static final CountDownLatch release = new CountDownLatch(1);

        @Bean
        FilterRegistrationBean<Filter> slowRequestFilter() {
            Filter filter = (request, response, chain) -> {
                entered.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                response.setContentType("text/plain");
                response.getOutputStream().write("finished".getBytes(StandardCharsets.UTF_8));
            };
            var registration = new FilterRegistrationBean<>(filter);
            registration.addUrlPatterns(SLOW_PATH);
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }

    private ConfigurableApplicationContext portal;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @AfterEach
    void stop() {
        SlowRequest.release.countDown();
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void a_request_running_when_the_portal_is_told_to_stop_gets_its_answer_and_new_ones_are_refused() throws Exception {
        portal = new SpringApplicationBuilder(JobsPortalApplication.class, SlowRequest.class)
                .run("--server.port=0", "--spring.jmx.enabled=false");
        int port = ((WebServerApplicationContext) portal).getWebServer().getPort();

        assertThat(get(port, "/actuator/health/readiness")).isEqualTo("200 {\"status\":\"UP\"}");
        assertThat(get(port, "/actuator/health/liveness")).isEqualTo("200 {\"status\":\"UP\"}");

        var slow = client.sendAsync(request(port, SLOW_PATH), HttpResponse.BodyHandlers.ofString());
        assertThat(SlowRequest.entered.await(30, TimeUnit.SECONDS)).as("the slow request reached the portal").isTrue();

        var availability = portal.getBean(ApplicationAvailability.class);
        var closing = CompletableFuture.runAsync(portal::close);
        waitFor(() -> availability.getReadinessState() == ReadinessState.REFUSING_TRAFFIC, "readiness refusing");
        waitFor(() -> !accepts(port), "new connections refused");
        assertThat(closing).as("the portal waits for the running request").isNotDone();
        assertThat(slow).isNotDone();

        SlowRequest.release.countDown();
        var answer = slow.get(30, TimeUnit.SECONDS);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("finished");
        closing.get(60, TimeUnit.SECONDS);
        assertThat(portal.isActive()).isFalse();
    }

    private String get(int port, String path) throws IOException, InterruptedException {
        var response = client.send(request(port, path), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }

    private static HttpRequest request(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(60))
                .build();
    }

    private static boolean accepts(int port) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (ConnectException e) {
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /** Polls the condition until it holds, for at most 30 s. */
    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("%s within 30 s", what).isLessThan(deadline);
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }
}
