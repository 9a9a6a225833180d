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
import tools.jackson.databind.JsonNode;

/**
 * Who may use the editor: coordinators write, field accounts only read, funders never see places or hotels, and
 * another consortium's items are unknown (404) whatever the method. Every change and every hotel read is audited,
 * naming the item but never its content.
 */
@DatabaseTest
class EditorAccessApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    OwnTerritory.Made own;
    EditorCalls coordinator;
    EditorCalls field;
    EditorCalls funder;
    EditorCalls otherCoordinator;

    @BeforeEach
    void twoConsortia() {
        own = OwnTerritory.ensure(context, "acces");
        coordinator = new EditorCalls(mvc, own.coordinator());
        field = new EditorCalls(mvc, own.field());
        funder = new EditorCalls(mvc, own.funder());
        otherCoordinator = new EditorCalls(mvc, OwnTerritory.ensure(context, "acces-autre").coordinator());
    }

    static Stream<Arguments> kinds() {
        return Stream.of(Arguments.of("/api/places", EditorWritesApiTest.PLACE),
                Arguments.of("/api/hotels", EditorWritesApiTest.HOTEL),
                Arguments.of("/api/staff", EditorWritesApiTest.STAFF),
                Arguments.of("/api/vans", EditorWritesApiTest.VAN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void aFieldAccountReadsButCannotEdit(String path, String json) throws Exception {
        JsonNode item = coordinator.created(path, json);
        String url = path + "/" + item.get("id").asLong();
        int listed = expect(field.get(path), 200).size();

        expect(field.get(url), 200);
        problem(field.post(path, json), 403);
        problem(field.put(url, json.replaceFirst("\\{", "{\"version\": 0, ")), 403);
        problem(field.delete(url), 403);
        problem(field.put(url + "/archive", null), 403);

        assertThat(expect(field.get(path), 200).size()).isEqualTo(listed);
        JsonNode stored = expect(coordinator.get(url), 200);
        assertThat(stored.get("version").asLong()).isZero();
        assertThat(stored.get("archived").asBoolean()).isFalse();
    }

    @Test
    void aFunderReadsNeitherPlacesNorHotels() throws Exception {
        long place = coordinator.created("/api/places", EditorWritesApiTest.PLACE).get("id").asLong();
        long hotel = coordinator.created("/api/hotels", EditorWritesApiTest.HOTEL).get("id").asLong();

        for (String url : List.of("/api/places", "/api/places/" + place, "/api/hotels", "/api/hotels/" + hotel,
                "/api/staff", "/api/vans", "/api/hotels?archived=true")) {
            problem(funder.get(url), 403);
        }
        problem(funder.post("/api/places", EditorWritesApiTest.PLACE), 403);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void anotherConsortiumsItemIsUnknownWhateverTheMethod(String path, String json) throws Exception {
        JsonNode item = coordinator.created(path, json);
        String url = path + "/" + item.get("id").asLong();

        problem(otherCoordinator.get(url), 404);
        problem(otherCoordinator.put(url, json.replaceFirst("\\{", "{\"version\": 0, ")), 404);
        problem(otherCoordinator.delete(url), 404);
        problem(otherCoordinator.put(url + "/archive", null), 404);
        problem(otherCoordinator.delete(url + "/archive"), 404);
        assertThat(expect(otherCoordinator.get(path + "?archived=true"), 200).valueStream()
                .map(i -> i.get("id").asLong())).doesNotContain(item.get("id").asLong());

        JsonNode stored = expect(coordinator.get(url), 200);
        assertThat(stored.get("version").asLong()).isZero();
        assertThat(stored.get("archived").asBoolean()).isFalse();
        // The same words as for an id that does not exist at all.
        assertThat(problem(otherCoordinator.get(path + "/999999999"), 404).get("title").asString())
                .isEqualTo(problem(otherCoordinator.get(url), 404).get("title").asString());
    }

    @Test
    void everyChangeAndEveryHotelReadIsInTheAuditTrailWithoutTheData() throws Exception {
        JsonNode place = coordinator.created("/api/places", EditorWritesApiTest.PLACE);
        String url = "/api/places/" + place.get("id").asLong();
        expect(coordinator.put(url, EditorWritesApiTest.PLACE.replaceFirst("\\{", "{\"version\": 0, ")), 200);
        expect(coordinator.put(url + "/archive", null), 200);
        expect(coordinator.delete(url + "/archive"), 200);
        long hotel = coordinator.created("/api/hotels", EditorWritesApiTest.HOTEL).get("id").asLong();
        expect(coordinator.get("/api/hotels/" + hotel), 200);
        assertThat(coordinator.delete(url).getResponse().getStatus()).isEqualTo(204);

        JsonNode audit = expect(coordinator.get("/api/audit?limit=50"), 200);

        List<String> events = audit.valueStream().map(e -> e.get("action").asString() + " " + e.get("resource")
                .asString()).toList();
        assertThat(events).contains("CREATE " + url, "UPDATE " + url, "ARCHIVE " + url, "RESTORE " + url,
                "DELETE " + url, "CREATE /api/hotels/" + hotel, "READ_HOTELS /api/hotels/" + hotel);
        assertThat(audit.valueStream().filter(e -> e.get("resource").asString().startsWith("/api/places/")))
                .allSatisfy(e -> {
                    assertThat(e.get("username").asString()).isEqualTo(own.coordinator());
                    assertThat(e.toString()).doesNotContain("Place du marché").doesNotContain("Hôtel du port");
                });
    }
}
