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
        AppUser user = users.findByUsernameIgnoreCase(email == null ? "" : email).filter(AppUser::isEnabled)
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error("unknown_account",
                        "Aucun compte Aller-Vers pour " + email + " : demandez à votre administrateur de le créer.", null)));
        return new OidcAccount(identity, AccountPrincipal.of(user));
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
