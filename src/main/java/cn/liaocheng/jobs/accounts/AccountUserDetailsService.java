package cn.liaocheng.jobs.accounts;

import cn.liaocheng.jobs.shared.PhoneNumber;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads a {@link PortalUser} by phone number for Spring Security (and for {@code @WithUserDetails} in tests).
 * Interactive sign-in goes through {@link AccountService#signIn}, which adds the slow-down.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        if (!(PhoneNumber.parse(username) instanceof PhoneNumber.Valid(var phone))) {
            throw new UsernameNotFoundException("not a phone number");
        }
        return accounts.findByPhoneNumber(phone.value()).map(Account::toUser)
                .orElseThrow(() -> new UsernameNotFoundException("no account"));
    }
}
