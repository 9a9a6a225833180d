package fr.allervers.security;

import fr.allervers.support.TestTenants;

import fr.allervers.support.AsRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import fr.allervers.support.Api;
import fr.allervers.support.DatabaseTest;

/** An admin creates the accounts of their consortium; passwords are hashed and never returned. */
@DatabaseTest
@AsRole(Role.ADMIN)
class AccountApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AppUserRepository users;

    @Test
    void anAdminCreatesAnAccountThatCanSignIn() throws Exception {
        var created = mvc.perform(post("/api/users").contentType(MediaType.APPLICATION_JSON).content(
                "{\"username\":\"Nouvelle.CIP\",\"password\":\"assez-long-1\",\"role\":\"FIELD\",\"organisation\":\"Association Gamma (démo)\"}"))
                .andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(created.getContentAsString()).doesNotContain("assez-long-1").doesNotContain("password");
        // The name ends with the consortium's code: what the admin typed, lower-cased, in their own namespace.
        String username = Api.JSON.readTree(created.getContentAsString()).get("username").asString();
        assertThat(username).isEqualTo("nouvelle.cip@test-accountapitest");
        AppUser stored = users.findByUsernameIgnoreCase(username).orElseThrow();
        assertThat(stored.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("assez-long-1");
        var me = Api.json(mvc.perform(get("/api/me").with(httpBasic(username, "assez-long-1"))).andReturn());
        assertThat(me.get("role").asString()).isEqualTo("FIELD");
        assertThat(me.get("consortium").asString()).isEqualTo(TestTenants.consortiumName(getClass()));
    }

    @Test
    void weakPasswordsDuplicatesAndMissingRolesAreRefused() throws Exception {
        assertThat(create("{\"username\":\"court\",\"password\":\"1234\",\"role\":\"FIELD\"}")).isEqualTo(400);
        assertThat(create("{\"username\":\"doublon\",\"password\":\"assez-long-2\",\"role\":\"FIELD\"}")).isEqualTo(201);
        assertThat(create("{\"username\":\"Doublon\",\"password\":\"assez-long-2\",\"role\":\"FIELD\"}")).isEqualTo(400);
        assertThat(create("{\"username\":\"sans-role\",\"password\":\"assez-long-3\"}")).isEqualTo(400);
        assertThat(users.findByUsernameIgnoreCase("court")).isEmpty();
    }

    private int create(String body) throws Exception {
        return mvc.perform(post("/api/users").contentType(MediaType.APPLICATION_JSON).content(body)).andReturn()
                .getResponse().getStatus();
    }
}
