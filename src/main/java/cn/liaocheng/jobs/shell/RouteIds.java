package cn.liaocheng.jobs.shell;

import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;

/** Numeric ids in addresses ({@code applications/123}, {@code helping/45/consent}). */
public final class RouteIds {

    private RouteIds() {
    }

    /**
     * The id in route parameter {@code name}; empty for letters, more digits than a long holds, or nothing, so that a
     * mistyped or tampered address is simply not found, never an error page.
     */
    public static Optional<Long> of(BeforeEnterEvent event, String name) {
        return event.getRouteParameters().get(name)
                .filter(raw -> raw.matches("[0-9]{1,18}"))
                .map(Long::parseLong);
    }
}
