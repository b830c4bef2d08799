package cn.liaocheng.jobs.catalogue;

import org.aopalliance.intercept.MethodInvocation;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.MethodAuthorizationDeniedHandler;
import org.springframework.stereotype.Component;

/** Someone who may not edit offers is told what an unknown offer id would tell them (decision 0015). */
@Component("catalogueNotFoundWhenRefused")
class OfferNotFoundWhenRefused implements MethodAuthorizationDeniedHandler {

    @Override
    public Object handleDeniedInvocation(MethodInvocation invocation, AuthorizationResult result) {
        throw new OfferNotFoundException();
    }
}
