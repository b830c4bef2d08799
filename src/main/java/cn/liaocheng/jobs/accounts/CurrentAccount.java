package cn.liaocheng.jobs.accounts;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is signed in, for services that must check ownership themselves rather than trust the view that called them.
 * Reads Spring Security's context, so it works in Vaadin requests, in tests with {@code @WithUserDetails} and in
 * tests that set the context directly.
 */
@Component
public class CurrentAccount {

    public Optional<PortalUser> user() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof PortalUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The signed-in account's id; throws {@link AccessDeniedException} when nobody is signed in. */
    public long requireId() {
        return user().map(PortalUser::accountId).orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}
