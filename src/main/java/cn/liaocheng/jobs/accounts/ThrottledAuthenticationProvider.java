package cn.liaocheng.jobs.accounts;

import cn.liaocheng.jobs.shared.PhoneNumber;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Spring Security's own way in (the form-login endpoint Vaadin sets up for the sign-in page, and anything else that
 * asks the AuthenticationManager) goes through {@link AccountService#signIn} too. Without this, a POST to
 * {@code /sign-in} would be checked by a plain DaoAuthenticationProvider with no slow-down or lock, and passwords
 * could be guessed there at full speed. Being the only AuthenticationProvider bean, it replaces that provider.
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
            case SignInOutcome.Refused() -> throw new BadCredentialsException("refused");
            case SignInOutcome.TooSoon(var retryAt, var locked) -> throw new LockedException("wait until " + retryAt);
        };
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
