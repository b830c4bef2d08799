package cn.liaocheng.jobs.review;

import cn.liaocheng.jobs.applications.ApplicationNotFoundException;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.MethodAuthorizationDeniedHandler;
import org.springframework.stereotype.Component;

/** A refused staff method about one application answers like a missing one (404), so ids cannot be probed. */
@Component("reviewNotFoundWhenRefused")
class NotFoundWhenRefused implements MethodAuthorizationDeniedHandler {

    @Override
    public Object handleDeniedInvocation(MethodInvocation invocation, AuthorizationResult result) {
        throw new ApplicationNotFoundException();
    }
}
