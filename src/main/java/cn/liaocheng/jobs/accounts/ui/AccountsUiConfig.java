package cn.liaocheng.jobs.accounts.ui;

import cn.liaocheng.jobs.security.SignInPage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;

/** Tells the security set-up which page signs people in, and where signing out leads. */
@Configuration(proxyBeanMethods = false)
class AccountsUiConfig {

    @Bean
    SignInPage signInPage() {
        return new SignInPage(SignInView.class, "/" + SignInView.ROUTE + "?" + SignInView.SIGNED_OUT);
    }

    /**
     * A new session id at sign-in, against session fixation: Servlet 3.1's changeSessionId keeps the HTTP session,
     * and with it the Vaadin session and this browser tab, under an id nobody could have planted before.
     */
    @Bean
    SessionAuthenticationStrategy signInSessionFixationProtection() {
        return new ChangeSessionIdAuthenticationStrategy();
    }
}
