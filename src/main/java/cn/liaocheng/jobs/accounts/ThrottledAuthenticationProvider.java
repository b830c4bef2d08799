package cn.liaocheng.jobs.accounts;

import cn.liaocheng.jobs.shared.PhoneNumber;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Spring Security's own way in (anything that asks the AuthenticationManager) goes through {@link AccountService#signIn}
 * too, so that it cannot become a way round the sign-in limits. Vaadin's form-login endpoint, which used to reach it
 * with a POST to {@code /sign-in}, is switched off in SecurityConfig (login CSRF); this stays as the only
 * AuthenticationProvider bean, replacing the plain DaoAuthenticationProvider that would check without limits.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AccountService accounts;

    ThrottledAuthenticationProvider(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        if (!(PhoneNumber.parse(authentication.getName()) instanceof PhoneNumber.Valid(var phone))) {
            throw new BadCredentialsException("refused");
        }
        return switch (accounts.signIn(phone, password)) {
            case SignInOutcome.SignedIn(var user) ->
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
            // A password alone never signs staff in, whichever way it arrives.
            case SignInOutcome.SecondFactorNeeded(var pending) ->
                    throw new InsufficientAuthenticationException("second factor needed");
            case SignInOutcome.Refused() -> throw new BadCredentialsException("refused");
            case SignInOutcome.TooSoon(var retryAt, var locked) -> throw new LockedException("wait until " + retryAt);
            case SignInOutcome.Busy(var retryAt) -> throw new LockedException("wait until " + retryAt);
        };
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
