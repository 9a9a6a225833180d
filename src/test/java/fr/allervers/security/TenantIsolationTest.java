package fr.allervers.security;

import fr.allervers.support.TestTenants;
import static fr.allervers.support.Api.json;
import static fr.allervers.support.Api.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import fr.allervers.support.DatabaseTest;
import fr.allervers.territory.HotelRepository;
import fr.allervers.territory.PlaceRepository;
import tools.jackson.databind.JsonNode;

/** Two consortia on one database: neither reads the other's places, hotels, staff, accounts or audit trail. */
@DatabaseTest
class TenantIsolationTest {

    private static final RequestPostProcessor DEMO = TestTenants.basic(TenantIsolationTest.class, Role.COORDINATOR);
    private static final RequestPostProcessor OTHER = httpBasic("coord-autre", "mot-de-passe-b");

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    AppUserRepository users;
    @Autowired
    PlaceRepository places;
    @Autowired
    HotelRepository hotels;

    @BeforeEach
    void secondConsortium() throws Exception {
        if (users.findByUsernameIgnoreCase("coord-autre").isEmpty()) {
            // Created as the command line does, with no one signed in (an account creation is recorded with whoever
            // makes it: here, not the coordinator the test runs as).
            var signedIn = SecurityContextHolder.getContext();
            SecurityContextHolder.clearContext();
            try {
                accounts.create("coord-autre", "mot-de-passe-b", Role.COORDINATOR,
                        accounts.consortium("Consortium Autre"), "Association Autre");
            } finally {
                SecurityContextHolder.setContext(signedIn);
            }
            upload(mvc, OTHER, "places", "p.csv", "ref;nom;type;lon;lat\nVE-PLACE;Place de l'autre;marché;4,89;45,70\n"
                    .getBytes());
            upload(mvc, OTHER, "hotels", "h.csv", "ref;nom;lon;lat;capacite\nH-AUTRE;Hôtel de l'autre;4,871;45,702;9\n"
                    .getBytes());
        }
    }

    @Test
    void eachConsortiumSeesOnlyItsOwnPlacesAndHotels() throws Exception {
        List<String> demoHotels = names(get("/api/layers/hotels"), DEMO);
        List<String> otherHotels = names(get("/api/layers/hotels"), OTHER);
        assertThat(otherHotels).containsExactly("Hôtel de l'autre");
        assertThat(demoHotels).isNotEmpty().doesNotContain("Hôtel de l'autre");
        // The same ref in two consortia is two different places.
        assertThat(names(get("/api/layers/places"), OTHER)).containsExactly("Place de l'autre");
        assertThat(names(get("/api/layers/places"), DEMO)).contains("Place Léon-Sublet").doesNotContain("Place de l'autre");
    }

    @Test
    void staffAndVansAreListedForTheirConsortiumOnly() throws Exception {
        JsonNode demoStaff = json(mvc.perform(get("/api/staff").with(DEMO)).andReturn());
        assertThat(demoStaff).hasSize(8);
        assertThat(demoStaff.get(0).has("label")).isTrue();
        assertThat(json(mvc.perform(get("/api/staff").with(OTHER)).andReturn())).isEmpty();
        assertThat(json(mvc.perform(get("/api/vans").with(DEMO)).andReturn())).hasSize(1);
        assertThat(json(mvc.perform(get("/api/vans").with(OTHER)).andReturn())).isEmpty();
    }

    @Test
    void theRepositoriesFilterByConsortiumThemselves() {
        var other = accounts.consortium("Consortium Autre");
        assertThat(hotels.findByConsortium(other)).extracting(h -> h.getRef()).containsExactly("H-AUTRE");
        assertThat(places.findByConsortium(other)).extracting(p -> p.getConsortium().getId()).containsOnly(other.getId());
    }

    @Test
    void territoriesAccountsAndAuditStayInTheirConsortium() throws Exception {
        assertThat(json(mvc.perform(get("/api/territories").with(OTHER)).andReturn())).isEmpty();
        assertThat(json(mvc.perform(get("/api/territories").with(DEMO)).andReturn()).get(0).get("name").asString())
                .isEqualTo("Portes du Sud (démo)");
        mvc.perform(get("/api/layers/hotels").with(OTHER));
        JsonNode otherAudit = json(mvc.perform(get("/api/audit").with(OTHER)).andReturn());
        assertThat(otherAudit).isNotEmpty();
        // Its own reads, and the creation of its account by the command line (« système »): no other user.
        otherAudit.forEach(event -> assertThat(event.get("username").asString()).isIn("coord-autre", "système"));
        assertThat(otherAudit.valueStream().map(e -> e.get("action").asString())).contains("READ_HOTELS");
        JsonNode demoAudit = json(mvc.perform(get("/api/audit").with(DEMO)).andReturn());
        demoAudit.forEach(event -> assertThat(event.get("username").asString()).isNotEqualTo("coord-autre"));
    }

    private List<String> names(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            RequestPostProcessor as) throws Exception {
        List<String> names = new ArrayList<>();
        json(mvc.perform(request.with(as)).andReturn()).get("features")
                .forEach(f -> names.add(f.path("properties").path("nom").asString()));
        return names;
    }
}
