/**
 * Who may see what: Spring Security set up for Vaadin. Public pages are open to everyone; protected views send
 * signed-out people to the {@link cn.liaocheng.jobs.security.SignInPage} that the accounts capability provides.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package cn.liaocheng.jobs.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
