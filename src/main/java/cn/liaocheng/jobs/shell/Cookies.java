package cn.liaocheng.jobs.shell;

import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Reads the portal's own cookies (language, display preferences) from a request, which may carry none. */
final class Cookies {

    private Cookies() {
    }

    static Optional<String> value(@Nullable VaadinRequest request, String name) {
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies())
                .filter(cookie -> name.equals(cookie.getName()))
                .map(Cookie::getValue)
                .findFirst();
    }
}
