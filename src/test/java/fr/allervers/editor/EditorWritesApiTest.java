package fr.allervers.editor;

import static fr.allervers.editor.EditorCalls.expect;
import static fr.allervers.editor.EditorCalls.problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import fr.allervers.support.DatabaseTest;
import fr.allervers.support.OwnTerritory;
import fr.allervers.territory.HotelRepository;
import fr.allervers.territory.OrganisationRepository;
import fr.allervers.territory.PlaceRepository;
import fr.allervers.territory.StaffRepository;
import fr.allervers.territory.VanRepository;
import tools.jackson.databind.JsonNode;

/**
 * The editor's writes on an empty consortium of its own: what a coordinator adds is stored with its commune found
 * from the point; a bad field is refused in French, named, and nothing is written; a stale version gets 409 with
 * the current values and overwrites nothing.
 */
@DatabaseTest
class EditorWritesApiTest {

    static final String AT = "\"lon\": " + OwnTerritory.LON + ", \"lat\": " + OwnTerritory.LAT;
    static final String PLACE = "{\"name\": \"Place du marché\", \"kind\": \"marché\", " + AT
            + ", \"vanAccess\": true, \"opening\": \"mar-am jeu-pm\"}";
    static final String HOTEL = "{\"name\": \"Hôtel du port\", " + AT + ", \"capacity\": 12,"
            + " \"visitingHours\": \"10h-12h 14:00-18:00\", \"visitEveryDays\": 7}";
    static final String STAFF = "{\"label\": \"Camille (TS)\", \"role\": \"TS\", \"availability\": \"lun-ven\"}";
    static final String VAN = "{\"label\": \"Camion bleu\", \"availability\": \"lun mar mer-am\"}";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    PlaceRepository places;
    @Autowired
    HotelRepository hotels;
    @Autowired
    StaffRepository staff;
    @Autowired
    VanRepository vans;
    @Autowired
    OrganisationRepository organisations;

    OwnTerritory.Made own;
    EditorCalls coordinator;

    @BeforeEach
    void ownConsortium() {
        own = OwnTerritory.ensure(context, "editeur");
        coordinator = new EditorCalls(mvc, own.coordinator());
    }

    @Test
    void aPlaceAddedOnTheMapGetsItsCommuneFromThePointAndShowsOnTheLayer() throws Exception {
        JsonNode place = coordinator.created("/api/places", PLACE);

        assertThat(place.get("id").asLong()).isPositive();
        assertThat(place.get("version").asLong()).isZero();
        assertThat(place.get("ref").asString()).startsWith("LIEU-");
        assertThat(place.get("communeInsee").asString()).isEqualTo(OwnTerritory.INSEE);
        assertThat(place.get("kind").asString()).isEqualTo("MARKET");
        assertThat(place.get("opening").asString()).isEqualTo("TUE-AM,THU-PM");
        assertThat(place.get("vanAccess").asBoolean()).isTrue();
        assertThat(place.get("archived").asBoolean()).isFalse();
        long id = place.get("id").asLong();
        assertThat(expect(coordinator.get("/api/places/" + id), 200).get("name").asString()).isEqualTo("Place du marché");
        JsonNode layer = expect(coordinator.get("/api/layers/places"), 200);
        assertThat(layer.get("features").valueStream().map(f -> f.get("id").asLong())).contains(id);
    }

    @Test
    void aTemporaryPlaceKeepsItsDatesAndTheDefaultsFollowTheImport() throws Exception {
        JsonNode place = coordinator.created("/api/places", "{\"name\": \"Marché de Noël\", \"kind\": \"MARKET\", "
                + AT + ", \"from\": \"2027-12-01\", \"to\": \"2027-12-24\"}");

        assertThat(place.get("from").asString()).isEqualTo("2027-12-01");
        assertThat(place.get("to").asString()).isEqualTo("2027-12-24");
        // As in the CSV import: a market takes the van, and an empty opening is Monday to Friday.
        assertThat(place.get("vanAccess").asBoolean()).isTrue();
        assertThat(place.get("opening").asString()).startsWith("MON-AM,MON-PM").endsWith("FRI-AM,FRI-PM");
    }

    @Test
    void hotelsPeopleAndVansAreCreatedWithTheirOwnFields() throws Exception {
        JsonNode hotel = coordinator.created("/api/hotels", HOTEL);
        assertThat(hotel.get("communeInsee").asString()).isEqualTo(OwnTerritory.INSEE);
        assertThat(hotel.get("visitingHours").asString()).isEqualTo("10:00-12:00 14:00-18:00");
        assertThat(hotel.get("capacity").asInt()).isEqualTo(12);

        long organisation = organisations.findByConsortiumOrderByName(own.consortium()).get(0).getId();
        JsonNode person = coordinator.created("/api/staff", STAFF.replace("}", ", \"organisationId\": "
                + organisation + "}"));
        assertThat(person.get("role").asString()).isEqualTo("SOCIAL_WORKER");
        assertThat(person.get("organisationId").asLong()).isEqualTo(organisation);

        long base = coordinator.created("/api/places", PLACE).get("id").asLong();
        JsonNode van = coordinator.created("/api/vans", VAN.replace("}", ", \"basePlaceId\": " + base + "}"));
        assertThat(van.get("basePlaceId").asLong()).isEqualTo(base);
        assertThat(van.get("availability").asString()).isEqualTo("MON-AM,MON-PM,TUE-AM,TUE-PM,WED-AM");
        assertThat(expect(coordinator.get("/api/vans"), 200).valueStream().map(v -> v.get("id").asLong()))
                .contains(van.get("id").asLong());
    }

    static Stream<Arguments> badInputs() {
        String outside = "\"lon\": " + OwnTerritory.NEIGHBOUR_LON + ", \"lat\": " + OwnTerritory.NEIGHBOUR_LAT;
        return Stream.of(
                bad("/api/places", "{\"kind\": \"marché\", " + AT + "}", "name", "nom est obligatoire"),
                bad("/api/places", "{\"name\": \"" + "x".repeat(201) + "\", \"kind\": \"marché\", " + AT + "}", "name",
                        "200 caractères"),
                bad("/api/places", "{\"name\": \"P\", \"kind\": \"piscine\", " + AT + "}", "kind", "type de lieu inconnu"),
                bad("/api/places", "{\"name\": \"P\", \"kind\": \"marché\"}", "lon", "longitude est obligatoire"),
                bad("/api/places", "{\"name\": \"P\", \"kind\": \"marché\", \"lon\": \"quatre\", \"lat\": 48}", "lon",
                        "pas un nombre"),
                bad("/api/places", "{\"name\": \"P\", \"kind\": \"marché\", \"lon\": 2.35, \"lat\": 60.1}", "lon",
                        "hors de France"),
                bad("/api/places", "{\"name\": \"P\", \"kind\": \"marché\", \"lon\": 48.03, \"lat\": -4.15}", "lon",
                        "hors de France"),
                bad("/api/places", "{\"name\": \"P\", \"kind\": \"marché\", " + outside + "}", "lon",
                        "aucune commune de vos territoires"),
                bad("/api/places", PLACE.replace("mar-am jeu-pm", "lun-soir"), "opening", "demi-journée non reconnue"),
                bad("/api/places", PLACE.replace("}", ", \"from\": \"2027-02-01\", \"to\": \"2027-01-01\"}"), "to",
                        "avant « du »"),
                bad("/api/places", PLACE.replace("}", ", \"from\": \"01/02/2027\"}"), "from", "AAAA-MM-JJ"),
                bad("/api/places", PLACE.replace("\"vanAccess\": true", "\"vanAccess\": \"peut-être\""), "vanAccess",
                        "oui ou non"),
                bad("/api/places", "[1, 2]", null, "objet JSON"),
                bad("/api/places", "{\"name\": ", null, "JSON lisible"),
                bad("/api/hotels", HOTEL.replace("\"capacity\": 12,", ""), "capacity", "capacité"),
                bad("/api/hotels", HOTEL.replace("\"capacity\": 12", "\"capacity\": -3"), "capacity", "entre 0 et"),
                bad("/api/hotels", HOTEL.replace("\"capacity\": 12", "\"capacity\": 2.5"), "capacity", "entier"),
                bad("/api/hotels", HOTEL.replace("10h-12h", "12h-10h"), "visitingHours", "inversé"),
                bad("/api/hotels", HOTEL.replace("\"visitEveryDays\": 7", "\"visitEveryDays\": 0"), "visitEveryDays",
                        "nombre de jours"),
                bad("/api/hotels", HOTEL.replace(AT, outside), "lon", "aucune commune de vos territoires"),
                bad("/api/staff", "{\"role\": \"TS\"}", "label", "libellé est obligatoire"),
                bad("/api/staff", STAFF.replace("\"TS\"", "\"pilote\""), "role", "rôle inconnu"),
                bad("/api/staff", STAFF.replace("\"role\": \"TS\", ", ""), "role", "rôle est obligatoire"),
                bad("/api/staff", STAFF.replace("lun-ven", "lun-nuit"), "availability", "demi-journée"),
                bad("/api/staff", STAFF.replace("}", ", \"organisationId\": 999999}"), "organisationId",
                        "inconnue dans votre consortium"),
                bad("/api/vans", "{\"availability\": \"lun\"}", "label", "libellé est obligatoire"),
                bad("/api/vans", VAN.replace("}", ", \"basePlaceId\": 999999}"), "basePlaceId", "inconnu"),
                bad("/api/vans", VAN.replace("lun mar mer-am", "toujours"), "availability", "demi-journée"));
    }

    private static Arguments bad(String path, String json, String field, String fragment) {
        return Arguments.of(path, json, field, fragment);
    }

    @ParameterizedTest(name = "POST {0} {2} : {3}")
    @MethodSource("badInputs")
    void everyEndpointRefusesABadFieldByNameAndWritesNothing(String path, String json, String field, String fragment)
            throws Exception {
        List<Integer> before = counts();

        JsonNode problem = problem(coordinator.post(path, json), 400);

        assertThat(problem.get("detail").asString()).contains(fragment);
        if (field != null) {
            assertThat(problem.get("field").asString()).isEqualTo(field);
        }
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void anotherConsortiumsOrganisationIsNotOneOfOurs() throws Exception {
        OwnTerritory.Made other = OwnTerritory.ensure(context, "editeur-autre");
        long theirs = organisations.findByConsortiumOrderByName(other.consortium()).get(0).getId();
        List<Integer> before = counts();

        JsonNode problem = problem(coordinator.post("/api/staff", STAFF.replace("}", ", \"organisationId\": "
                + theirs + "}")), 400);

        assertThat(problem.get("field").asString()).isEqualTo("organisationId");
        assertThat(counts()).isEqualTo(before);
    }

    static Stream<Arguments> kinds() {
        return Stream.of(Arguments.of("/api/places", PLACE, "name"), Arguments.of("/api/hotels", HOTEL, "name"),
                Arguments.of("/api/staff", STAFF, "label"), Arguments.of("/api/vans", VAN, "label"));
    }

    @ParameterizedTest(name = "PUT {0}")
    @MethodSource("kinds")
    void anUpdateCarriesTheVersionItReadAndAStaleOneOverwritesNothing(String path, String json, String nameField)
            throws Exception {
        JsonNode item = coordinator.created(path, json);
        String url = path + "/" + item.get("id").asLong();
        String first = json.replaceFirst("\\{", "{\"version\": 0, ").replaceFirst("(\"" + nameField + "\": \")",
                "$1Premier ");
        String second = json.replaceFirst("\\{", "{\"version\": 0, ").replaceFirst("(\"" + nameField + "\": \")",
                "$1Second ");

        JsonNode updated = expect(coordinator.put(url, first), 200);
        assertThat(updated.get("version").asLong()).isEqualTo(1);
        JsonNode conflict = problem(coordinator.put(url, second), 409);

        assertThat(conflict.get("current").get("version").asLong()).isEqualTo(1);
        assertThat(conflict.get("current").get(nameField).asString()).startsWith("Premier ");
        JsonNode stored = expect(coordinator.get(url), 200);
        assertThat(stored.get(nameField).asString()).startsWith("Premier ");
        assertThat(stored.get("version").asLong()).isEqualTo(1);
    }

    @ParameterizedTest(name = "PUT {0}")
    @MethodSource("kinds")
    void anUpdateWithoutVersionOrWithABadFieldChangesNothing(String path, String json, String nameField)
            throws Exception {
        JsonNode item = coordinator.created(path, json);
        String url = path + "/" + item.get("id").asLong();

        assertThat(problem(coordinator.put(url, json), 400).get("field").asString()).isEqualTo("version");
        String blankName = json.replaceFirst("\\{", "{\"version\": 0, ")
                .replaceFirst("\"" + nameField + "\": \"[^\"]*\"", "\"" + nameField + "\": \" \"");
        assertThat(problem(coordinator.put(url, blankName), 400).get("field").asString()).isEqualTo(nameField);
        assertThat(problem(coordinator.put(url, "{\"version\": 0, \"ref\": \"AUTRE\"}"), 400).get("field").asString())
                .isEqualTo("ref");

        JsonNode stored = expect(coordinator.get(url), 200);
        assertThat(stored.get("version").asLong()).isZero();
        assertThat(stored.get(nameField).asString()).isEqualTo(item.get(nameField).asString());
    }

    @Test
    void aPlaceMovedOnTheMapIsStoredAtItsNewPoint() throws Exception {
        JsonNode place = coordinator.created("/api/places", PLACE);
        String moved = PLACE.replace(AT, "\"lon\": -4.1521, \"lat\": 48.0312").replaceFirst("\\{", "{\"version\": 0, ");

        JsonNode updated = expect(coordinator.put("/api/places/" + place.get("id").asLong(), moved), 200);

        assertThat(updated.get("lon").asDouble()).isEqualTo(-4.1521);
        assertThat(updated.get("lat").asDouble()).isEqualTo(48.0312);
        assertThat(updated.get("version").asLong()).isEqualTo(1);
    }

    @Test
    void aReferenceGivenByTheCoordinatorIsKeptAndMustBeFree() throws Exception {
        String ref = "MARCHE-" + System.nanoTime();
        JsonNode place = coordinator.created("/api/places", PLACE.replace("{", "{\"ref\": \"" + ref + "\", "));
        assertThat(place.get("ref").asString()).isEqualTo(ref);
        List<Integer> before = counts();

        JsonNode problem = problem(coordinator.post("/api/places", PLACE.replace("{", "{\"ref\": \"" + ref + "\", ")),
                400);

        assertThat(problem.get("field").asString()).isEqualTo("ref");
        assertThat(problem.get("detail").asString()).contains("déjà prise");
        assertThat(counts()).isEqualTo(before);
    }

    private List<Integer> counts() {
        var consortium = own.consortium();
        return List.of(places.findByConsortium(consortium).size(), hotels.findByConsortium(consortium).size(),
                staff.findByConsortiumOrderByRef(consortium).size(), vans.findByConsortiumOrderByRef(consortium).size());
    }
}
