package cn.liaocheng.jobs.accounts;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Vaadin makes each Spring context's {@link SecurityContextHolderStrategy} the JVM-wide one when that context starts,
 * and the test JVM keeps several portals (tests with properties of their own start another). Method security reads
 * the signed-in person through its own portal's strategy bean, while {@link TestAccounts#signIn} and the services
 * use the JVM-wide holder: after another portal started, the two disagreed and every guarded call found nobody signed
 * in. Each test gets its own portal's strategy back, as {@code JourneyTestBase} does for the journeys. Registered in
 * {@code META-INF/spring.factories} of the test resources.
 */
public class OwnSecurityContextStrategyPerPortal implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        var strategy = testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .getIfUnique();
        if (strategy != null) {
            SecurityContextHolder.setContextHolderStrategy(strategy);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
