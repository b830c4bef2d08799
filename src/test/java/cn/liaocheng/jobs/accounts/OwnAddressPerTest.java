package cn.liaocheng.jobs.accounts;

import org.springframework.core.Ordered;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;
import org.springframework.test.context.web.ServletTestExecutionListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Spring's test framework puts a mock HTTP request from 127.0.0.1 around every test of a mock web portal, so all
 * tests would share one client address and its limits (ten codes an hour). Each test method gets an address of its
 * own instead, as each person has. Registered in {@code META-INF/spring.factories} of the test resources.
 */
public class OwnAddressPerTest implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getRequest() instanceof MockHttpServletRequest request) {
            request.setRemoteAddr(FromAddress.unique());
        }
    }

    @Override
    public int getOrder() {
        return ServletTestExecutionListener.ORDER + 1;
    }
}
