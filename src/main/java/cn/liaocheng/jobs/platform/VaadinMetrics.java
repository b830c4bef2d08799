package cn.liaocheng.jobs.platform;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SynchronizedRequestHandler;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.annotation.SpringComponent;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * What Vaadin adds to Spring's {@code http.server.requests}, where every Vaadin request is one URI: the live sessions
 * and UIs (browser tabs) of this instance, and the time of each UIDL request (a click, a typed value, a navigation)
 * by the route of the page it came from. The route is the template ({@code /staff/applications/:applicationId}),
 * never the address with its ids, so that the number of series stays the number of views.
 */
@SpringComponent
class VaadinMetrics implements VaadinServiceInitListener {

    static final String UIDL_TIMER = "portal.vaadin.uidl";
    private static final String STARTED = VaadinMetrics.class.getName() + ".started";
    private static final String ROUTE = VaadinMetrics.class.getName() + ".route";

    private final MeterRegistry registry;
    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicInteger uis = new AtomicInteger();
    private final Map<Class<?>, String> routes = new ConcurrentHashMap<>();

    VaadinMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("portal.vaadin.sessions", sessions, AtomicInteger::get)
                .description("Vaadin sessions open on this instance").register(registry);
        Gauge.builder("portal.vaadin.uis", uis, AtomicInteger::get)
                .description("Vaadin UIs (browser tabs) open on this instance").register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        var service = event.getSource();
        service.addSessionInitListener(init -> sessions.incrementAndGet());
        service.addSessionDestroyListener(destroy -> sessions.decrementAndGet());
        // A UI is detached once, when it is closed: its tab went away (no heartbeat) or its session ended.
        service.addUIInitListener(init -> {
            uis.incrementAndGet();
            init.getUI().addDetachListener(detach -> uis.decrementAndGet());
        });
        event.addRequestHandler(new UidlRoute());
        event.addVaadinRequestInterceptor(new UidlTimer());
    }

    /**
     * Notes the route of the page a UIDL request comes from, before Vaadin's own handler runs it (handlers added here
     * run first). It takes the session lock for that moment; the UI cannot be read safely without it.
     */
    private final class UidlRoute extends SynchronizedRequestHandler {

        @Override
        protected boolean canHandleRequest(VaadinRequest request) {
            return request.getAttribute(STARTED) != null;
        }

        @Override
        public boolean synchronizedHandleRequest(VaadinSession session, VaadinRequest request, VaadinResponse response) {
            request.setAttribute(ROUTE, route(session.getService().findUI(request)));
            return false;
        }
    }

    private final class UidlTimer implements VaadinRequestInterceptor {

        @Override
        public void requestStart(VaadinRequest request, VaadinResponse response) {
            if (HandlerHelper.isRequestType(request, HandlerHelper.RequestType.UIDL)) {
                request.setAttribute(STARTED, System.nanoTime());
            }
        }

        @Override
        public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session,
                Exception exception) {
        }

        @Override
        public void requestEnd(VaadinRequest request, VaadinResponse response, @Nullable VaadinSession session) {
            if (request.getAttribute(STARTED) instanceof Long started) {
                Timer.builder(UIDL_TIMER).description("Vaadin UIDL requests, by the route of the page")
                        .tag("route", request.getAttribute(ROUTE) instanceof String route ? route : "none")
                        .register(registry)
                        .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            }
        }
    }

    /** The route the UI shows; "none" for a UI that is gone (an old tab) or shows nothing yet. */
    private String route(@Nullable UI ui) {
        if (ui == null) {
            return "none";
        }
        var chain = ui.getInternals().getActiveRouterTargetsChain();
        return chain.isEmpty() ? "none" : routes.computeIfAbsent(chain.getFirst().getClass(), view -> template(ui, view));
    }

    @SuppressWarnings("unchecked")
    private static String template(UI ui, Class<?> view) {
        return RouteConfiguration.forRegistry(ui.getInternals().getRouter().getRegistry())
                .getTemplate((Class<? extends Component>) view)
                .map(template -> "/" + template)
                // Error views have no route of their own: the not-found page, the apology.
                .orElse("error");
    }
}
