package fr.allervers.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param demoPassword the password of the demo accounts (embedded default only)
 * @param maxFailedLogins failed logins for one account before its logins are refused for a while
 * @param maxFailedLoginsPerAddress the same from one address; higher, since a whole office may share one address
 * @param lockout how long logins stay refused, and the window in which failures are counted
 */
@ConfigurationProperties("allervers.security")
public record SecurityProperties(String demoPassword, int maxFailedLogins, int maxFailedLoginsPerAddress,
        Duration lockout) {

    public SecurityProperties {
        demoPassword = demoPassword == null || demoPassword.isBlank() ? "demo" : demoPassword;
        maxFailedLogins = maxFailedLogins <= 0 ? 5 : maxFailedLogins;
        maxFailedLoginsPerAddress = maxFailedLoginsPerAddress <= 0 ? 50 : maxFailedLoginsPerAddress;
        lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
    }
}
