package fr.allervers.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param demoPassword the password of the demo accounts (embedded default only)
 * @param maxFailedLogins failed logins for one account from one address before that pair is refused for a while
 *        (see {@link LoginThrottle}: never for the account from everywhere)
 * @param maxFailedLoginsPerAddress failed logins from one address, any accounts, before that address is refused;
 *        higher, since a whole office may share one address
 * @param lockout the window in which failures are counted: a refusal ends when enough of them have aged out
 * @param trustedProxies addresses or CIDR blocks of the reverse proxies in front of the service: only a request
 *        from one of them has its {@code X-Forwarded-*} headers read (see {@link TrustedProxies}); empty: none is
 */
@ConfigurationProperties("allervers.security")
public record SecurityProperties(String demoPassword, int maxFailedLogins, int maxFailedLoginsPerAddress,
        Duration lockout, List<String> trustedProxies) {

    public SecurityProperties {
        demoPassword = demoPassword == null || demoPassword.isBlank() ? "demo" : demoPassword;
        maxFailedLogins = maxFailedLogins <= 0 ? 5 : maxFailedLogins;
        maxFailedLoginsPerAddress = maxFailedLoginsPerAddress <= 0 ? 50 : maxFailedLoginsPerAddress;
        lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
        trustedProxies = trustedProxies == null ? List.of()
                : trustedProxies.stream().map(String::trim).filter(proxy -> !proxy.isEmpty()).toList();
    }
}
