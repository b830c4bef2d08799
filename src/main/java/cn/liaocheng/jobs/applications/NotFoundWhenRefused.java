package cn.liaocheng.jobs.applications;

import org.aopalliance.intercept.MethodInvocation;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.MethodAuthorizationDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * For methods whose refusal must look like a missing application: an id that exists and one that does not answer alike
 * (404), so that nobody learns which application ids exist by being refused.
 */
@Component
class NotFoundWhenRefused implements MethodAuthorizationDeniedHandler {

    @Override
    public Object handleDeniedInvocation(MethodInvocation invocation, AuthorizationResult result) {
        throw new ApplicationNotFoundException();
    }
}
