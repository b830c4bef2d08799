package cn.liaocheng.jobs.accounts;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/**
 * Spring Security's delegating encoder, so each stored hash says which algorithm made it and the default can change
 * later without resetting anyone's password. New hashes use PBKDF2-HMAC-SHA256 (310 000 iterations): bcrypt, Spring's
 * usual default, silently refuses passwords over 72 bytes, and {@link PasswordPolicy} allows 128 characters, which
 * is up to 512 bytes of Chinese. bcrypt stays readable for hashes imported from elsewhere.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    static final String DEFAULT_ID = "pbkdf2@SpringSecurity_v5_8";

    @Bean
    PasswordEncoder passwordEncoder() {
        Map<String, PasswordEncoder> encoders = Map.of(
                DEFAULT_ID, Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder(DEFAULT_ID, encoders);
    }
}
