package fr.allervers.security;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * OIDC login (e.g. ProConnect): the identity provider proves who the person is, but the account — its role and
 * consortium — must already exist here, created by an admin with the person's e-mail as username. Nobody gets
 * access to sensitive data just by having an identity at the provider.
 */
@Service
class OidcAccountService extends OidcUserService {

    private final AppUserRepository users;

    OidcAccountService(AppUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser identity = super.loadUser(request);
        String email = identity.getEmail() != null ? identity.getEmail() : identity.getPreferredUsername();
        AppUser user = account(email == null ? "" : email.trim().toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error("unknown_account",
                        "Aucun compte Aller-Vers pour " + email + " : demandez à votre administrateur de le créer.", null)));
        return new OidcAccount(identity, AccountPrincipal.of(user));
    }

    /**
     * The enabled account named after the e-mail: as it is (made from the command line), or in a consortium's
     * namespace ({@code e-mail@code}, made by an admin). The provider proved the e-mail; when it has an account in
     * several consortia, the person signs in with a password instead, as nothing says which one they mean.
     */
    private java.util.Optional<AppUser> account(String email) {
        var exact = users.findByUsernameIgnoreCase(email).filter(AppUser::isEnabled);
        if (exact.isPresent() || email.isEmpty()) {
            return exact;
        }
        var namespaced = users.findByUsernameStartingWith(email + "@").stream().filter(AppUser::isEnabled)
                .filter(u -> u.getUsername().indexOf('@', email.length() + 1) < 0).toList();
        return namespaced.size() == 1 ? java.util.Optional.of(namespaced.get(0)) : java.util.Optional.empty();
    }

    /** The provider's identity, carrying the local account's role and consortium. */
    static final class OidcAccount extends DefaultOidcUser implements Account {

        private final AccountPrincipal account;

        OidcAccount(OidcUser identity, AccountPrincipal account) {
            super(java.util.List.of(new SimpleGrantedAuthority(account.role().authority())), identity.getIdToken(),
                    identity.getUserInfo());
            this.account = account;
        }

        @Override
        public String username() {
            return account.username();
        }

        @Override
        public Role role() {
            return account.role();
        }

        @Override
        public long consortiumId() {
            return account.consortiumId();
        }

        @Override
        public int sessionGeneration() {
            return account.sessionGeneration();
        }

        @Override
        public String getName() {
            return account.username();
        }
    }
}
