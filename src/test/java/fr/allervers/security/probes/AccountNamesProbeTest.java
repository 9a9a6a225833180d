package fr.allervers.security.probes;

import static fr.allervers.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import fr.allervers.security.Accounts;
import fr.allervers.security.AppUserRepository;
import fr.allervers.security.Role;
import fr.allervers.support.AsRole;
import fr.allervers.support.DatabaseTest;
import fr.allervers.support.TestTenants;

/**
 * The probes of issue #13 on accounts: an admin learnt that a user name existed in another consortium (the creation
 * answered « existe déjà »), and an eight-space password was accepted for an admin (the demo accounts' password came
 * unchecked from the environment).
 */
@DatabaseTest
@AsRole(Role.ADMIN)
class AccountNamesProbeTest {

    /** An account of another consortium: the demo's own field account. */
    private static final String ELSEWHERE = "terrain";

    @Autowired
    MockMvc mvc;
    @Autowired
    AppUserRepository users;
    @Autowired
    Accounts accounts;

    @Test
    void anAdminCannotTellWhetherANameIsTakenInAnotherConsortium() throws Exception {
        String otherConsortiumsHash = users.findByUsernameIgnoreCase(ELSEWHERE).orElseThrow().getPasswordHash();
        MvcResult taken = create(ELSEWHERE);
        MvcResult free = create("personne-ailleurs");
        // Both answers are the same: created, each in this consortium's namespace.
        assertThat(taken.getResponse().getStatus()).isEqualTo(201);
        assertThat(free.getResponse().getStatus()).isEqualTo(201);
        assertThat(json(taken).get("username").asString()).isEqualTo(ELSEWHERE + "@test-accountnamesprobetest");
        assertThat(json(free).get("username").asString()).isEqualTo("personne-ailleurs@test-accountnamesprobetest");
        // Even a name written in another consortium's namespace lands in this one.
        assertThat(json(create("x@portes-du-sud-demo")).get("username").asString())
                .isEqualTo("x@portes-du-sud-demo@test-accountnamesprobetest");

        // The other consortium's account is untouched and its password still its own.
        assertThat(users.findByUsernameIgnoreCase(ELSEWHERE).orElseThrow().getPasswordHash())
                .isEqualTo(otherConsortiumsHash);
        assertThat(mvc.perform(get("/api/me").with(httpBasic(ELSEWHERE, TestTenants.PASSWORD))).andReturn()
                .getResponse().getStatus()).isEqualTo(401);
        assertThat(json(mvc.perform(get("/api/me").with(httpBasic(ELSEWHERE + "@test-accountnamesprobetest",
                TestTenants.PASSWORD))).andReturn()).get("consortium").asString())
                .isEqualTo(TestTenants.consortiumName(getClass()));

        // A name taken in one's own consortium is refused, as it is visible in the list anyway.
        assertThat(create(ELSEWHERE).getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void noAccountGetsAPasswordOutsideThePolicyNotEvenADemoOne() {
        var consortium = accounts.consortium(TestTenants.consortiumName(getClass()));
        assertThatThrownBy(() -> accounts.createDemoAccount("huit-espaces", "        ", Role.ADMIN, consortium, null))
                .hasMessageContaining("trop court");
        assertThatThrownBy(() -> accounts.createDemoAccount("douze-espaces", " ".repeat(12), Role.ADMIN, consortium,
                null)).hasMessageContaining("répète");
        assertThat(users.findByUsernameIgnoreCase("huit-espaces")).isEmpty();
    }

    private MvcResult create(String username) throws Exception {
        return mvc.perform(post("/api/users").contentType(MediaType.APPLICATION_JSON).content("{\"username\":\""
                + username + "\",\"password\":\"" + TestTenants.PASSWORD + "\",\"role\":\"FIELD\"}")).andReturn();
    }
}
