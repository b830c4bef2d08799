package cn.liaocheng.jobs.security;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.spring.security.SpringNavigationAccessControl;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import java.util.Collection;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Vaadin's navigation access control for Spring, without its class-path scan on every navigation.
 *
 * <p>Vaadin's version finds the role prefix holder through its {@code Lookup} each time it checks a route, and that
 * lookup asks Java's {@code ServiceLoader} too, which reads every jar of the packaged application: 7 % of the server's
 * request time when 200 people browse (issue 12, JFR profile of {@code scripts/benchmark.sh --load}). Here the holder
 * is the Spring bean, given once; roles are checked the same way, by the request.
 */
final class PortalNavigationAccessControl extends SpringNavigationAccessControl {

    private final VaadinRolePrefixHolder rolePrefix;

    PortalNavigationAccessControl(Collection<NavigationAccessChecker> checkers, AccessCheckDecisionResolver resolver,
            VaadinRolePrefixHolder rolePrefix) {
        super(checkers, resolver);
        this.rolePrefix = rolePrefix;
    }

    @Override
    protected Predicate<String> getRolesChecker(@Nullable VaadinRequest request) {
        if (request == null) {
            return super.getRolesChecker(null);
        }
        if (!rolePrefix.isSet()) {
            rolePrefix.resetRolePrefix(request);
        }
        return request::isUserInRole;
    }
}
