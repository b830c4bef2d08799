package cn.liaocheng.jobs.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Tests only. Each portal (Spring context) makes its own Vaadin-aware security context strategy, hands it to method
 * security ({@code @PreAuthorize}) and installs it as Spring Security's global one. The test run keeps several portals
 * alive at once, so the global strategy is the newest portal's, and an older portal's method security would look in
 * a strategy nobody signs in to ({@code TestAccounts.signIn}, {@code @WithMockUser} use the global one). One strategy
 * for every portal of the test run keeps them alike; a deployed portal has only one.
 */
@Component
class OneSecurityContextStrategyForAllPortals implements BeanPostProcessor {

    private static final SecurityContextHolderStrategy SHARED = new VaadinAwareSecurityContextHolderStrategy();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof VaadinAwareSecurityContextHolderStrategy ? SHARED : bean;
    }
}
