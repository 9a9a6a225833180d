package fr.allervers.security;

import fr.allervers.support.TestTenants;
import fr.allervers.support.AsRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import fr.allervers.support.Api;
import fr.allervers.support.DatabaseTest;
import fr.allervers.territory.StaffRepository;

/** An admin links a field account to the staff record of its user, within the consortium only. */
@DatabaseTest
@AsRole(Role.ADMIN)
class StaffLinkApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AppUserRepository users;
    @Autowired
    Accounts accounts;
    @Autowired
    StaffRepository staff;
    @Autowired
    CurrentConsortium consortium;
    @Autowired
    AccountDetailsService details;

    @Test
    void theDemoFieldAccountIsTs2AndAnAdminCanRelinkIt() throws Exception {
        long terrain = userId(Role.FIELD);
        long ts1 = staffId("TS-1");
        long ts2 = staffId("TS-2");
        assertThat(Api.getJson(mvc, "/api/users").valueStream().filter(u -> u.get("username").asString()
                .equals(TestTenants.username(getClass(), Role.FIELD))).findFirst().orElseThrow().get("staffId").asLong()).isEqualTo(ts2);
        try {
            MvcResult linked = link(terrain, "{\"staffId\":" + ts1 + "}");
            assertThat(linked.getResponse().getStatus()).isEqualTo(200);
            assertThat(Api.json(linked).get("staffLabel").asString()).isEqualTo("Travailleuse sociale A (démo)");
            // Applies at once, without signing in again.
            var me = Api.json(mvc.perform(get("/api/me").with(user(details.loadUserByUsername(TestTenants.username(getClass(), Role.FIELD))))).andReturn());
            assertThat(me.get("staffId").asLong()).isEqualTo(ts1);

            assertThat(link(terrain, "{\"staffId\":null}").getResponse().getStatus()).isEqualTo(200);
            assertThat(users.findById(terrain).orElseThrow().getStaff()).isNull();
        } finally {
            assertThat(link(terrain, "{\"staffId\":" + ts2 + "}").getResponse().getStatus()).isEqualTo(200);
        }
    }

    @Test
    void onlyFieldAccountsOfTheConsortiumAndItsStaff() throws Exception {
        long ts1 = staffId("TS-1");
        if (users.findByUsernameIgnoreCase("terrain-ailleurs").isEmpty()) {
            accounts.create("terrain-ailleurs", "mot-de-passe-d", Role.FIELD, accounts.consortium("Consortium Ailleurs"),
                    null);
        }
        assertThat(link(userId(Role.COORDINATOR), "{\"staffId\":" + ts1 + "}").getResponse().getStatus()).isEqualTo(400);
        assertThat(link(userId(Role.FIELD), "{\"staffId\":999999}").getResponse().getStatus()).isEqualTo(404);
        assertThat(link(999999, "{\"staffId\":" + ts1 + "}").getResponse().getStatus()).isEqualTo(404);
        assertThat(link(users.findByUsernameIgnoreCase("terrain-ailleurs").orElseThrow().getId(), "{\"staffId\":" + ts1 + "}").getResponse().getStatus())
                .as("another consortium's account").isEqualTo(404);
        assertThat(users.findById(userId(Role.COORDINATOR)).orElseThrow().getStaff()).isNull();
        assertThat(users.findById(users.findByUsernameIgnoreCase("terrain-ailleurs").orElseThrow().getId()).orElseThrow().getStaff()).isNull();
        assertThat(users.findByUsernameIgnoreCase(TestTenants.username(getClass(), Role.FIELD)).orElseThrow().getStaff().getId())
                .isEqualTo(staffId("TS-2"));
    }

    private MvcResult link(long userId, String json) throws Exception {
        return mvc.perform(put("/api/users/" + userId + "/staff").contentType(MediaType.APPLICATION_JSON).content(json))
                .andReturn();
    }

    private long userId(Role role) {
        return users.findByUsernameIgnoreCase(TestTenants.username(getClass(), role)).orElseThrow().getId();
    }

    private long staffId(String ref) {
        return staff.findByConsortiumAndRef(consortium.get(), ref).orElseThrow().getId();
    }
}
