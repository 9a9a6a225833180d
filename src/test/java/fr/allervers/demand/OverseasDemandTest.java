package fr.allervers.demand;

import static fr.allervers.support.Api.json;
import static fr.allervers.support.Api.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import fr.allervers.security.Role;
import fr.allervers.support.DatabaseTest;
import fr.allervers.support.PlatformOperatorTenant;
import fr.allervers.support.TestTenants;
import fr.allervers.territory.CommuneRepository;
import fr.allervers.territory.Consortium;
import fr.allervers.territory.ConsortiumRepository;
import fr.allervers.territory.OrganisationRepository;
import fr.allervers.territory.QpvRepository;
import fr.allervers.territory.Territory;
import fr.allervers.territory.TerritoryRepository;
import tools.jackson.databind.JsonNode;

/**
 * The demand score of a territory in La Réunion, measured in RGR92 / UTM 40S. Everything is placed so that
 * Lambert-93, which stretches a kilometre to about 1.5-1.9 km there, would get every part wrong: the hotel, the
 * encounters and the QPV counted here lie 700-900 m from the place, beyond 1.3 km in Lambert-93.
 */
@DatabaseTest
@PlatformOperatorTenant
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OverseasDemandTest {

    // The place, in Saint-Paul: 55.2700°E 21.0096°S. At this latitude 800 m is 0.007697° of longitude, 700 m 0.006319°
    // of latitude (PROJ: 800.2 m and 700.0 m apart in UTM 40S).
    private static final String COMMUNE = "97499"; // not a real commune code: test data only
    private static final String QPV = "QZ97460";
    private static final int[] COUNTED_DAYS_AGO = {1, 2, 3, 4, 5, 6};
    private static final int[] OUTSIDE_DAYS_AGO = {1, 8, 30};

    @Autowired
    MockMvc mvc;
    @Autowired
    ConsortiumRepository consortia;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    TerritoryRepository territories;
    @Autowired
    CommuneRepository communes;
    @Autowired
    QpvRepository qpvs;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    DemandProperties properties;

    private long territoryId;
    private long team;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @BeforeAll
    void territoryInLaReunion() throws Exception {
        RequestPostProcessor coordinator = TestTenants.basic(OverseasDemandTest.class, Role.COORDINATOR);
        Consortium consortium = consortia.findByName(TestTenants.consortiumName(OverseasDemandTest.class)).orElseThrow();
        team = organisations.findByConsortiumOrderByName(consortium).get(0).getId();
        imported(coordinator, "communes", "commune.geojson", "{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + COMMUNE + "\",\"nom\":\"Commune de test\"},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" + square(55.2700, -21.0096, 0.04) + "]}}]}");
        // A QPV of 200 m, 800 m north of the place, with its population given.
        imported(coordinator, "qpv", "qpv.geojson", "{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"properties\":{\"code_qp\":\"" + QPV + "\",\"lib_qp\":\"Test\","
                + "\"insee_com\":\"" + COMMUNE + "\",\"population\":1000},\"geometry\":{\"type\":\"Polygon\","
                + "\"coordinates\":[" + square(55.2700, -21.0096 + 0.007222, 0.0009) + "]}}]}");
        imported(coordinator, "places", "lieux.csv", "ref;nom;type;lon;lat;camion;ouverture;insee\n"
                + "SP-1;Place de test;place publique;55.2700;-21.0096;oui;lun-am;" + COMMUNE + "\n");
        // 800 m east (counted) and 2.5 km west (not).
        imported(coordinator, "hotels", "hotels.csv", "ref;nom;lon;lat;capacite;horaires\n"
                + "H-PRES;Hôtel proche;55.277697;-21.0096;12;10:00-12:00\n"
                + "H-LOIN;Hôtel lointain;55.245945;-21.0096;30;10:00-12:00\n");
        territoryId = transactions.execute(status -> {
            Territory territory = new Territory("Saint-Paul (test)", consortium, false);
            territory.addCommune(communes.findById(COMMUNE).orElseThrow());
            return territories.save(territory).getId();
        });
        List<String> encounters = new ArrayList<>();
        for (int days : COUNTED_DAYS_AGO) { // 700 m south
            encounters.add(encounter(now.minus(Duration.ofDays(days)), 55.2700, -21.015919));
        }
        for (int days : OUTSIDE_DAYS_AGO) { // 2 km north, still in the commune
            encounters.add(encounter(now.minus(Duration.ofDays(days)), 55.2700, -20.991546));
        }
        MvcResult result = mvc.perform(post("/api/encounters").with(coordinator)
                .contentType(MediaType.APPLICATION_JSON)
                .content(("[" + String.join(",", encounters) + "]").getBytes(StandardCharsets.UTF_8))).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
    }

    @AfterAll
    void removeReferenceData() {
        territories.deleteById(territoryId);
        qpvs.deleteById(QPV);
        communes.deleteById(COMMUNE);
    }

    @Test
    void thePlaceCountsWhatLiesWithinAKilometreOnTheGround() throws Exception {
        JsonNode items = demand("/api/demand/places?territoryId=" + territoryId).get("items");
        assertThat(items.size()).isEqualTo(1);
        JsonNode parts = items.get(0).get("parts");
        assertThat(parts.get("hotels").get("raw").asDouble()).isEqualTo(12);
        assertThat(parts.get("qpv").get("raw").asDouble()).isCloseTo(1000, within(0.5));
        assertThat(parts.get("encounters").get("raw").asDouble()).isCloseTo(decayed(COUNTED_DAYS_AGO), within(0.01));
    }

    @Test
    void theCommuneCountsEverythingInside() throws Exception {
        JsonNode items = demand("/api/demand/communes?territoryId=" + territoryId).get("items");
        assertThat(items.size()).isEqualTo(1);
        JsonNode parts = items.get(0).get("parts");
        assertThat(parts.get("hotels").get("raw").asDouble()).isEqualTo(42);
        assertThat(parts.get("qpv").get("raw").asDouble()).isCloseTo(1000, within(0.5));
        assertThat(parts.get("encounters").get("raw").asDouble())
                .isCloseTo(decayed(COUNTED_DAYS_AGO) + decayed(OUTSIDE_DAYS_AGO), within(0.01));
    }

    private double decayed(int[] daysAgo) {
        double sum = 0;
        for (int days : daysAgo) {
            sum += Math.pow(0.5, days / properties.halfLifeDays());
        }
        return sum;
    }

    private JsonNode demand(String url) throws Exception {
        MvcResult result = mvc.perform(get(url)).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
        return json(result);
    }

    private void imported(RequestPostProcessor as, String kind,
            String filename, String content) throws Exception {
        MvcResult result = upload(mvc, as, kind, filename, content.getBytes(StandardCharsets.UTF_8));
        assertThat(result.getResponse().getStatus()).as(kind + ": " + result.getResponse().getContentAsString())
                .isEqualTo(200);
    }

    private String encounter(Instant metAt, double lon, double lat) {
        return String.format(Locale.ROOT, "{\"metAt\":\"%s\",\"lon\":%.6f,\"lat\":%.6f,\"organisationId\":%d,"
                + "\"context\":\"OTHER\",\"category\":\"HOMELESS\",\"outcome\":\"INFORMED\",\"people\":1}", metAt, lon,
                lat, team);
    }

    private static String square(double lon, double lat, double half) {
        return String.format(Locale.ROOT, "[[%1$.6f,%2$.6f],[%3$.6f,%2$.6f],[%3$.6f,%4$.6f],[%1$.6f,%4$.6f],"
                + "[%1$.6f,%2$.6f]]", lon - half, lat - half, lon + half, lat + half);
    }
}
