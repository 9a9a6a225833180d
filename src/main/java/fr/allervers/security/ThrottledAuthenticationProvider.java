package fr.allervers.security;

import java.time.Instant;
import java.util.Optional;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Username/password authentication (form and HTTP Basic) behind the {@link LoginThrottle}. */
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

    /** Logins refused for now because of too many failures; the API answers 429 with Retry-After. */
    static class LoginThrottledException extends LockedException {
        private final Instant retryAfter;

        LoginThrottledException(Instant retryAfter) {
            super("Trop de tentatives de connexion : réessayez après " + retryAfter);
            this.retryAfter = retryAfter;
        }

        Instant retryAfter() {
            return retryAfter;
        }
    }

    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        super(users);
        setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        Optional<Instant> refusedUntil = throttle.begin(username, address);
        if (refusedUntil.isPresent()) {
            throw new LoginThrottledException(refusedUntil.get());
        }
        try {
            Authentication result = super.authenticate(authentication);
            throttle.succeeded(username, address);
            return result;
        } catch (BadCredentialsException wrongPassword) {
            throttle.failed(username, address); // counted by begin(): it stays a failure
            throw wrongPassword;
        } catch (RuntimeException noPasswordChecked) {
            throttle.abandoned(username, address);
            throw noPasswordChecked;
        }
    }
}
