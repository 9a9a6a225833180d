package fr.allervers.publicschedule;

import static fr.allervers.publicschedule.PublishedFixture.anonymousGet;
import static fr.allervers.publicschedule.PublishedFixture.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import fr.allervers.security.Role;
import fr.allervers.support.Api;
import fr.allervers.support.AsRole;
import fr.allervers.support.DatabaseTest;
import tools.jackson.databind.JsonNode;

/**
 * The public schedule's promises, probed from outside: while the switch is off every public address answers 404,
 * like an unknown territory; once on, no answer carries a staff name, a 115 hotel, a maraude or a draft's
 * permanence; the API's anonymous 401s are unchanged; only a coordinator of the consortium flips the switch; the
 * rate limit answers 429 in French; the embed alone may be framed.
 */
@DatabaseTest
class PublicScheduleProbeTest {

    @Autowired
    MockMvc mvc;

    /** Every public address of a territory, the page with and without a commune. */
    static List<String> publicAddresses(long territoryId, String insee) {
        String base = "/public/territories/" + territoryId;
        return List.of(base, base + "?commune=" + insee, base + "/permanences.json", base + "/communes.geojson",
                base + "/communes/" + insee + ".ics", base + "/communes/" + insee + "/poster?month="
                        + YearMonth.now(), base + "/embed", base + "/embed?commune=" + insee,
                base + "/data-inclusion/services.json");
    }

    @Test
    void everyPublicAddressIs404WhileTheSwitchIsOffThen200AnonymouslyOnceOn() throws Exception {
        long territoryId = Api.demoTerritoryId(mvc);
        String insee = Api.getJson(mvc, "/api/territories").get(0).get("communes").get(0).get("insee").asString();
        PublishedFixture.switchTo(mvc, territoryId, false);
        for (String path : publicAddresses(territoryId, insee)) {
            assertThat(anonymousGet(mvc, path).getStatus()).as("off: " + path).isEqualTo(404);
        }
        PublishedFixture.switchTo(mvc, territoryId, true);
        for (String path : publicAddresses(territoryId, insee)) {
            MockHttpServletResponse response = anonymousGet(mvc, path);
            assertThat(response.getStatus()).as("open: " + path).isEqualTo(200);
            assertThat(response.getHeader("Cache-Control")).as(path).isEqualTo("max-age=300, public");
            assertThat(response.getHeader("ETag")).as(path).isNotBlank();
            assertThat(response.getHeader("Last-Modified")).as(path).isNotBlank();
        }
        PublishedFixture.switchTo(mvc, territoryId, false);
        for (String path : publicAddresses(territoryId, insee)) {
            MockHttpServletResponse response = anonymousGet(mvc, path);
            assertThat(response.getStatus()).as("closed again: " + path).isEqualTo(404);
            assertThat(body(response)).as(path).contains("aucun horaire public");
        }
        for (String path : publicAddresses(999_999_999L, insee)) {
            assertThat(anonymousGet(mvc, path).getStatus()).as("unknown territory: " + path).isEqualTo(404);
        }
        JsonNode audit = Api.getJson(mvc, "/api/audit?action=PUBLIC_SCHEDULE_CHANGED");
        assertThat(audit.toString()).contains("PUBLIC_SCHEDULE_CHANGED").contains("activés").contains("désactivés");
    }

    @Test
    void noPublicAnswerCarriesAStaffNameAHotelAMaraudeOrADraft() throws Exception {
        long territoryId = Api.demoTerritoryId(mvc);
        JsonNode published = PublishedFixture.published(mvc, PublishedFixture.nextMonday(0));
        LocalDate draftFrom = PublishedFixture.nextMonday(4);
        JsonNode draft = PublishedFixture.solved(mvc, draftFrom);
        assertThat(draft.get("permanences").size()).as("the draft has permanences to leak").isPositive();
        PublishedFixture.switchTo(mvc, territoryId, true);

        List<String> forbidden = new ArrayList<>();
        Api.getJson(mvc, "/api/staff").forEach(s -> forbidden.add(s.get("label").asString()));
        Api.getJson(mvc, "/api/hotels").forEach(h -> forbidden.add(h.get("name").asString()));
        assertThat(forbidden).as("staff and hotels to look for").hasSizeGreaterThan(5);
        String insee = published.get("permanences").get(0).get("communeInsee").asString();
        for (String path : publicAddresses(territoryId, insee)) {
            String answer = body(anonymousGet(mvc, path));
            for (String name : forbidden) {
                assertThat(answer).as(path).doesNotContain(name);
            }
            // « Hôtel de ville » is a place name: the 115 hotels are looked for by name above.
            assertThat(answer.toLowerCase()).as(path).doesNotContain("maraude").doesNotContain("brouillon")
                    .doesNotContain("rencontres");
        }
        JsonNode shown = Api.json(mvc.perform(get("/public/territories/" + territoryId + "/permanences.json")
                .with(anonymous())).andReturn());
        assertThat(shown.size()).as("the published plan is shown").isPositive();
        shown.forEach(p -> assertThat(LocalDate.parse(p.get("date").asString()))
                .as("no date of the draft").isBefore(draftFrom));
    }

    @Test
    void theApiStillAnswersAnonymousCallers401() throws Exception {
        long territoryId = Api.demoTerritoryId(mvc);
        PublishedFixture.switchTo(mvc, territoryId, true);
        for (String path : new String[] {"/api/territories", "/api/territories/" + territoryId + "/public-schedule",
                "/api/permanence-plans", "/api/staff", "/api/hotels"}) {
            assertThat(mvc.perform(get(path).with(anonymous())).andReturn().getResponse().getStatus())
                    .as(path).isEqualTo(401);
        }
        assertThat(mvc.perform(put("/api/territories/" + territoryId + "/public-schedule").with(anonymous())
                .contentType(MediaType.APPLICATION_JSON).content("{\"enabled\":false}")).andReturn().getResponse()
                .getStatus()).isEqualTo(401);
    }

    @Test
    @AsRole(Role.FIELD)
    void aFieldAccountCannotFlipTheSwitch() throws Exception {
        long territoryId = Api.demoTerritoryId(mvc);
        assertThat(mvc.perform(put("/api/territories/" + territoryId + "/public-schedule")
                .contentType(MediaType.APPLICATION_JSON).content("{\"enabled\":true}")).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
    }

    @Test
    void anotherConsortiumsOrAnUnknownTerritoryIsNotFoundAndAMissingValueRefused() throws Exception {
        var unknown = mvc.perform(put("/api/territories/999999999/public-schedule")
                .contentType(MediaType.APPLICATION_JSON).content("{\"enabled\":true}")).andReturn().getResponse();
        assertThat(unknown.getStatus()).isEqualTo(404);
        var missing = mvc.perform(put("/api/territories/" + Api.demoTerritoryId(mvc) + "/public-schedule")
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andReturn().getResponse();
        assertThat(missing.getStatus()).isEqualTo(400);
        assertThat(body(missing)).contains("enabled manquant");
    }

    @Test
    void aScraperIsSlowedDownWithA429InFrenchAndRetryAfter() throws Exception {
        long territoryId = Api.demoTerritoryId(mvc);
        PublishedFixture.switchTo(mvc, territoryId, true);
        MockHttpServletResponse last = null;
        int served = 0;
        // A token comes back every second: a burst goes through the 60 of the bucket, then meets the limit.
        for (int i = 0; i < 3 * PublicRateLimit.CAPACITY; i++) {
            last = mvc.perform(get("/public/territories/" + territoryId + "/communes.geojson").with(anonymous())
                    .with(r -> {
                        r.setRemoteAddr("10.99.99.99");
                        return r;
                    })).andReturn().getResponse();
            if (last.getStatus() != 200) {
                break;
            }
            served++;
        }
        assertThat(served).isGreaterThanOrEqualTo(PublicRateLimit.CAPACITY);
        assertThat(last.getStatus()).isEqualTo(429);
        assertThat(Integer.parseInt(last.getHeader("Retry-After"))).isBetween(1, 60);
        assertThat(body(last)).contains("trop de requêtes");
        assertThat(anonymousGet(mvc, "/public/territories/" + territoryId + "/permanences.json").getStatus())
                .as("another address is not slowed down").isEqualTo(200);
    }

    @Test
    void onlyTheEmbedMayBeFramedAndEveryPagePassesTheStrictPolicy() throws Exception {
        long territoryId = Api.demoTerritoryId(mvc);
        PublishedFixture.switchTo(mvc, territoryId, true);
        MockHttpServletResponse embed = anonymousGet(mvc, "/public/territories/" + territoryId + "/embed");
        assertThat(embed.getHeader("Content-Security-Policy")).contains("frame-ancestors *")
                .contains("script-src 'self'").doesNotContain("unsafe-inline");
        assertThat(embed.getHeader("X-Frame-Options")).isNull();
        MockHttpServletResponse page = anonymousGet(mvc, "/public/territories/" + territoryId);
        assertThat(page.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(page.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(mvc.perform(get("/login").with(anonymous())).andReturn().getResponse()
                .getHeader("X-Frame-Options")).isEqualTo("DENY");
        for (String html : new String[] {body(page), body(embed)}) {
            assertThat(html).doesNotContain("<style").doesNotContain("style=\"").doesNotContain("onclick")
                    .doesNotContainPattern("<script(?![^>]*\\bsrc=)");
        }
    }

    @Test
    void aConditionalRequestWithTheETagGets304() throws Exception {
        long territoryId = Api.demoTerritoryId(mvc);
        PublishedFixture.switchTo(mvc, territoryId, true);
        String path = "/public/territories/" + territoryId + "/permanences.json";
        MockHttpServletResponse first = anonymousGet(mvc, path);
        MockHttpServletResponse again = anonymousGet(mvc, get(path).header("If-None-Match", first.getHeader("ETag")));
        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(again.getContentAsByteArray()).isEmpty();
        MockHttpServletResponse since = anonymousGet(mvc, get(path).header("If-Modified-Since",
                first.getHeader("Last-Modified")));
        assertThat(since.getStatus()).isEqualTo(304);
    }
}
