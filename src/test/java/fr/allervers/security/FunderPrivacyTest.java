package fr.allervers.security;

import fr.allervers.support.AsRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import fr.allervers.support.DatabaseTest;
import fr.allervers.territory.Hotel;
import fr.allervers.territory.HotelRepository;

/** Funders read aggregated coverage only: nothing a funder can fetch carries a 115 hotel's location or name. */
@DatabaseTest
@AsRole(Role.FUNDER)
class FunderPrivacyTest {

    /** Every GET a funder is allowed to call; the authorization matrix checks the rest is refused. */
    static final List<String> FUNDER_READS = List.of("/api/territories", "/api/me", "/api/layers/communes",
            "/api/layers/qpv", "/api/qpv/at?lon=4.8898&lat=45.6999", "/api/communes/69259/qpv",
            "/api/heatmap?bbox=4.80,45.62,4.95,45.74&cell=500", "/api/demand/communes",
            "/api/coverage?territoryId=1", "/api/coverage/funnel?territoryId=1");

    @Autowired
    MockMvc mvc;
    @Autowired
    HotelRepository hotels;

    @Test
    void noFunderResponseCarriesAHotel() throws Exception {
        List<Hotel> all = hotels.findAll();
        assertThat(all).isNotEmpty();
        for (String url : FUNDER_READS) {
            var response = mvc.perform(get(url)).andReturn().getResponse();
            assertThat(response.getStatus()).as(url).isIn(200, 404);
            String body = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            List<double[]> positions = new java.util.ArrayList<>();
            collectPositions(fr.allervers.support.Api.JSON.readTree(body), positions);
            for (Hotel hotel : all) {
                assertThat(body).as(url).doesNotContain(hotel.getName()).doesNotContain(hotel.getRef());
                for (double[] position : positions) {
                    // Real QPV outlines may pass a few metres from a hotel; a leaked location sits on it.
                    assertThat(metres(position, hotel)).as(url + " position at " + hotel.getRef()).isGreaterThan(2);
                }
            }
        }
    }

    @Test
    void theHotelLayerIsRefused() throws Exception {
        assertThat(mvc.perform(get("/api/layers/hotels")).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    /** Every [lon, lat] pair anywhere in the answer. */
    private static void collectPositions(tools.jackson.databind.JsonNode node, List<double[]> positions) {
        if (node.isArray() && node.size() == 2 && node.get(0).isNumber() && node.get(1).isNumber()) {
            positions.add(new double[] {node.get(0).asDouble(), node.get(1).asDouble()});
            return;
        }
        node.values().forEach(child -> collectPositions(child, positions));
    }

    private static double metres(double[] position, Hotel hotel) {
        double dLat = Math.toRadians(position[1] - hotel.getLocation().getY());
        double dLon = Math.toRadians(position[0] - hotel.getLocation().getX()) * Math.cos(Math.toRadians(position[1]));
        return 6_371_000 * Math.sqrt(dLat * dLat + dLon * dLon);
    }
}
