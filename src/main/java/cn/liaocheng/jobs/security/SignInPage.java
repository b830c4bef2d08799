package cn.liaocheng.jobs.security;

import com.vaadin.flow.component.Component;

/**
 * The page that Vaadin's access control sends signed-out people to. The accounts capability provides it as a bean,
 * so that this package needs no import from a capability.
 *
 * @param view the route class of the sign-in page
 * @param signedOutUrl where signing out leads, relative to the context path (e.g. {@code /sign-in?signed-out})
 */
public record SignInPage(Class<? extends Component> view, String signedOutUrl) {
}
