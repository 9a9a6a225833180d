package fr.allervers.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a form or HTTP Basic login.
 *
 * @param sessionGeneration the account's at sign-in: a session whose number is behind the account's has ended
 */
record AccountPrincipal(String username, String password, Role role, long consortiumId, boolean enabled,
        int sessionGeneration) implements UserDetails, Account {

    static AccountPrincipal of(AppUser user) {
        return new AccountPrincipal(user.getUsername(), user.getPasswordHash(), user.getRole(),
                user.getConsortium().getId(), user.isEnabled(), user.getSessionGeneration());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + username + ", " + role + "]"; // never the password hash
    }
}
