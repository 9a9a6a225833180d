package fr.allervers.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import fr.allervers.support.DatabaseTest;

/**
 * What happens after the provider's callback: the identity it proved is mapped to an account that must already
 * exist here, with that account's role and consortium; an identity without an account gets no access. The
 * request is built as Spring builds it after exchanging the code — no provider is called, since the registration
 * has no user-info endpoint and the ID token carries the e-mail.
 */
@DatabaseTest
class OidcAccountMappingTest {

    @Autowired
    OidcAccountService service;
    @Autowired
    AppUserRepository users;

    @Test
    void aProvenIdentityBecomesTheExistingAccountWithItsRoleAndConsortium() {
        AppUser coordinator = users.findByUsernameIgnoreCase("coordination").orElseThrow();
        OidcUser user = service.loadUser(request("Coordination"));
        assertThat(user).isInstanceOf(Account.class);
        Account account = (Account) user;
        assertThat(account.username()).isEqualTo("coordination");
        assertThat(account.role()).isEqualTo(Role.COORDINATOR);
        assertThat(account.consortiumId()).isEqualTo(coordinator.getConsortium().getId());
        assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_COORDINATOR");
        assertThat(user.getName()).isEqualTo("coordination");
    }

    @Test
    void anIdentityWithoutAnAccountHereIsRefused() {
        assertThatThrownBy(() -> service.loadUser(request("inconnue@example.org")))
                .isInstanceOf(OAuth2AuthenticationException.class)
                .hasMessageContaining("Aucun compte Aller-Vers pour inconnue@example.org");
    }

    private static OidcUserRequest request(String email) {
        ClientRegistration registration = ClientRegistration.withRegistrationId("proconnect")
                .clientId("aller-vers").clientSecret("secret")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .authorizationUri("https://idp.example/authorize").tokenUri("https://idp.example/token")
                .jwkSetUri("https://idp.example/jwks").userNameAttributeName("sub").scope("openid", "email")
                .build();
        Instant now = Instant.now();
        OAuth2AccessToken access = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access", now,
                now.plusSeconds(60), Set.of("openid", "email"));
        OidcIdToken id = OidcIdToken.withTokenValue("id-token").subject("agent-42").claim("email", email)
                .issuer("https://idp.example").audience(Set.of("aller-vers")).issuedAt(now)
                .expiresAt(now.plusSeconds(60)).build();
        return new OidcUserRequest(registration, access, id);
    }
}
