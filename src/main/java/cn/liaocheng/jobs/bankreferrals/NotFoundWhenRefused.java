package cn.liaocheng.jobs.bankreferrals;

import org.aopalliance.intercept.MethodInvocation;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.MethodAuthorizationDeniedHandler;
import org.springframework.stereotype.Component;

/** A refused call answers like a missing referral (404), so that the bank's addresses do not exist for anyone else. */
@Component("bankReferralNotFoundWhenRefused")
class NotFoundWhenRefused implements MethodAuthorizationDeniedHandler {

    @Override
    public Object handleDeniedInvocation(MethodInvocation invocation, AuthorizationResult result) {
        throw new ReferralNotFoundException();
    }
}
