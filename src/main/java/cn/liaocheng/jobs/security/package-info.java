/** Who may see what: Spring Security set up for Vaadin. Public pages are open to everyone. */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package cn.liaocheng.jobs.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
