package fr.allervers.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * With a client registration named {@code proconnect} in the configuration, the login page offers OIDC and
 * starts an authorization-code flow at the provider. (The provider itself cannot be reached offline.)
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:allervers-oidc;DB_CLOSE_DELAY=-1",
        "spring.security.oauth2.client.registration.proconnect.client-id=allervers-test",
        "spring.security.oauth2.client.registration.proconnect.client-secret=secret",
        "spring.security.oauth2.client.registration.proconnect.scope=openid,email",
        "spring.security.oauth2.client.registration.proconnect.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.proconnect.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.provider.proconnect.authorization-uri=https://idp.example/api/v2/authorize",
        "spring.security.oauth2.client.provider.proconnect.token-uri=https://idp.example/api/v2/token",
        "spring.security.oauth2.client.provider.proconnect.user-info-uri=https://idp.example/api/v2/userinfo",
        "spring.security.oauth2.client.provider.proconnect.jwk-set-uri=https://idp.example/api/v2/jwks",
        "spring.security.oauth2.client.provider.proconnect.user-name-attribute=sub"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OidcLoginTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theLoginPageOffersProConnectAndRedirectsToTheProvider() throws Exception {
        assertThat(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString())
                .contains("/oauth2/authorization/proconnect");
        var redirect = mvc.perform(get("/oauth2/authorization/proconnect")).andReturn().getResponse();
        assertThat(redirect.getStatus()).isEqualTo(302);
        assertThat(redirect.getRedirectedUrl()).startsWith("https://idp.example/api/v2/authorize")
                .contains("client_id=allervers-test").contains("response_type=code").contains("scope=openid")
                .contains("nonce=");
    }
}
