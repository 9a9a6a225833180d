package fr.allervers.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal of a form or HTTP Basic login. */
record AccountPrincipal(String username, String password, Role role, long consortiumId, boolean enabled)
        implements UserDetails, Account {

    static AccountPrincipal of(AppUser user) {
        return new AccountPrincipal(user.getUsername(), user.getPasswordHash(), user.getRole(),
                user.getConsortium().getId(), user.isEnabled());
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
