package cn.liaocheng.jobs.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;

/** Spring Security's own sign-in (the form-login POST Vaadin sets up) must not be a way round the slow-down. */
@SpringBootTest
class ThrottledAuthenticationProviderTests {

    @Autowired AuthenticationConfiguration authenticationConfiguration;
    @Autowired TestAccounts testAccounts;

    private org.springframework.security.core.Authentication attempt(String phone, String password) throws Exception {
        return authenticationConfiguration.getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(phone, password));
    }

    @Test
    void the_authentication_manager_signs_in_without_keeping_the_hash() throws Exception {
        var user = testAccounts.applicant("王芳");

        var authentication = attempt(user.phoneNumber(), TestAccounts.PASSWORD);

        assertThat(authentication.getPrincipal()).isInstanceOfSatisfying(PortalUser.class,
                p -> assertThat(p.getPassword()).isEmpty());
        assertThat(authentication.getCredentials()).isNull();
    }

    @Test
    void wrong_passwords_through_the_authentication_manager_slow_down_too() throws Exception {
        var user = testAccounts.applicant("李明");

        assertThatThrownBy(() -> attempt(user.phoneNumber(), "wrong 1")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> attempt(user.phoneNumber(), "wrong 2")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> attempt(user.phoneNumber(), "wrong 3")).isInstanceOf(LockedException.class);
        assertThatThrownBy(() -> attempt(user.phoneNumber(), TestAccounts.PASSWORD)).isInstanceOf(LockedException.class);
    }
}
