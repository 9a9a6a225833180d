package fr.allervers.coverage;

import fr.allervers.support.AsRole;
import fr.allervers.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import fr.allervers.geo.CrsTransformer;
import fr.allervers.geo.Geometries;
import fr.allervers.support.Api;
import fr.allervers.support.DatabaseTest;
import fr.allervers.support.TestTenants;
import tools.jackson.databind.JsonNode;

@DatabaseTest
class CoverageApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void countsEachCommunesPermanencesFromTheLatestPublishedPlanOfEachDayAndTheQpvNearThem() throws Exception {
        long territory = Api.getJson(mvc, "/api/territories").get(0).get("id").asLong();
        // Last month: everything in it is held. The consortium is this class's own, and no other test of the class
        // plans that month, so only this test's plans count.
        YearMonth month = YearMonth.now(ZoneId.of("Europe/Paris")).minusMonths(1);
        LocalDate monday = month.atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        JsonNode older = publish(solve(territory, monday, monday.plusDays(11)));
        JsonNode newer = publish(solve(territory, monday.plusDays(7), monday.plusDays(11)));
        // A draft made afterwards over the first week counts for nothing until it is published.
        JsonNode draft = solve(territory, monday, monday.plusDays(4));
        assertThat(draft.get("publishedAt").isNull()).isTrue();

        // Expected, from the plans themselves: the older plan's first week, the newer plan's days after.
        Map<String, Integer> expected = new HashMap<>();
        Map<Long, Integer> placeUses = new HashMap<>();
        int total = 0;
        for (JsonNode plan : new JsonNode[] {older, newer}) {
            for (JsonNode p : plan.get("permanences")) {
                LocalDate date = LocalDate.parse(p.get("date").asString());
                boolean newerOwnsDay = !date.isBefore(monday.plusDays(7));
                if ((plan == newer) == newerOwnsDay && YearMonth.from(date).equals(month)) {
                    expected.merge(p.get("communeInsee").asString(), 1, Integer::sum);
                    placeUses.merge(p.get("placeId").asLong(), 1, Integer::sum);
                    total++;
                }
            }
        }
        assertThat(total).isPositive();

        // A commune whose coordinator asked for more than the default: its target is the minimum per month.
        String custom = "69296";
        mvc.perform(put("/api/territories/" + territory + "/communes/" + custom + "/targets")
                .contentType(MediaType.APPLICATION_JSON).content("{\"minPerMonth\":3,\"maxPerMonth\":4,\"minSpacingDays\":5}"));
        JsonNode coverage;
        try {
            coverage = Api.getJson(mvc, "/api/coverage?territoryId=" + territory + "&month=" + month);
        } finally {
            mvc.perform(delete("/api/territories/" + territory + "/communes/" + custom + "/targets"));
        }
        assertThat(coverage.get("communes")).hasSize(5);
        for (JsonNode c : coverage.get("communes")) {
            String insee = c.get("insee").asString();
            assertThat(c.get("held").asInt()).as(c.get("name").asString()).isEqualTo(expected.getOrDefault(insee, 0));
            assertThat(c.get("planned").asInt()).isZero();
            assertThat(c.get("target").asInt()).isEqualTo(insee.equals(custom) ? 3
                    : Api.getJson(mvc, "/api/territories/" + territory + "/communes/" + insee + "/targets")
                            .get("minPerMonth").asInt());
        }
        assertThat(coverage.get("indicators").get("permanences").asInt()).isEqualTo(total);

        // QPV: brute force over the layer API's geometries, in Lambert-93 metres.
        Map<Long, Point> placeAt = new HashMap<>();
        for (JsonNode f : Api.getJson(mvc, "/api/layers/places").get("features")) {
            JsonNode xy = f.get("geometry").get("coordinates");
            placeAt.put(f.get("id").asLong(), CrsTransformer.toLambert93(Geometries.point(xy.get(0).asDouble(),
                    xy.get(1).asDouble())));
        }
        Map<String, Geometry> qpvShape = new HashMap<>();
        for (JsonNode f : Api.getJson(mvc, "/api/layers/qpv").get("features")) {
            qpvShape.put(f.get("id").asString(), CrsTransformer.toLambert93(Geometries.withWgs84(
                    new GeoJsonReader().read(f.get("geometry").toString()))));
        }
        assertThat(coverage.get("qpv")).isNotEmpty();
        int covered = 0;
        for (JsonNode q : coverage.get("qpv")) {
            Geometry shape = qpvShape.get(q.get("code").asString());
            int nearby = placeUses.entrySet().stream()
                    .filter(e -> shape.distance(placeAt.get(e.getKey())) <= 500).mapToInt(Map.Entry::getValue).sum();
            assertThat(q.get("permanencesNearby").asInt()).as(q.get("code").asString()).isEqualTo(nearby);
            assertThat(q.get("covered").asBoolean()).isEqualTo(nearby > 0);
            covered += nearby > 0 ? 1 : 0;
        }
        assertThat(coverage.get("indicators").get("qpvCovered").asInt()).isEqualTo(covered);

        // Aggregates only: no place, no coordinates, no person.
        String body = coverage.toString();
        assertThat(body).doesNotContain("coordinates", "placeId", "staff");
        older.get("permanences").forEach(p -> assertThat(body).doesNotContain(p.get("placeName").asString()));
    }

    /**
     * Issue #16: in the month in progress only permanences whose half-day is over count towards a target; a commune
     * whose target its held and planned permanences would reach together reads « en cours », not « atteint », and
     * the headline counts it as such. Read as a funder.
     */
    @Test
    void inAMonthInProgressOnlyHeldPermanencesReachATarget() throws Exception {
        long territory = Api.demoTerritoryId(mvc);
        ZoneId zone = ZoneId.of("Europe/Paris");
        LocalDate today = LocalDate.now(zone);
        YearMonth month = YearMonth.from(today);
        LocalDate from = today.minusDays(6).isBefore(month.atDay(1)) ? month.atDay(1) : today.minusDays(6);
        LocalDate to = today.plusDays(6).isAfter(month.atEndOfMonth()) ? month.atEndOfMonth() : today.plusDays(6);
        JsonNode plan = publish(solve(territory, from, to));
        assertThat(plan.get("permanences")).isNotEmpty();

        // Give the commune with the most planned permanences the target its held and planned ones make together.
        JsonNode coverage = null;
        Map<String, int[]> expected = null;
        String custom = null;
        for (int attempt = 0; attempt < 2 && coverage == null; attempt++) {
            LocalDateTime before = LocalDateTime.now(zone);
            expected = heldAndPlanned(plan, before);
            if (custom == null) {
                custom = expected.entrySet().stream().max(Comparator.comparingInt(e -> e.getValue()[1]))
                        .orElseThrow().getKey();
                int[] n = expected.get(custom);
                int target = Math.max(1, n[0] + n[1]);
                mvc.perform(put("/api/territories/" + territory + "/communes/" + custom + "/targets")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"minPerMonth\":" + target
                                + ",\"maxPerMonth\":" + Math.max(target, 6) + ",\"minSpacingDays\":0}"));
            }
            JsonNode read = Api.json(mvc.perform(get("/api/coverage?territoryId=" + territory + "&month=" + month)
                    .with(TestTenants.basic(getClass(), Role.FUNDER))).andReturn());
            // A half-day that ended during the call: count again.
            if (heldAndPlanned(plan, LocalDateTime.now(zone)).values().stream().mapToInt(n -> n[0]).sum()
                    == expected.values().stream().mapToInt(n -> n[0]).sum()) {
                coverage = read;
            }
        }
        try {
            assertThat(coverage).isNotNull();
            int onTarget = 0;
            int inProgress = 0;
            for (JsonNode c : coverage.get("communes")) {
                int[] n = expected.getOrDefault(c.get("insee").asString(), new int[2]);
                int target = c.get("target").asInt();
                assertThat(c.get("held").asInt()).as(c.get("name").asString()).isEqualTo(n[0]);
                assertThat(c.get("planned").asInt()).isEqualTo(n[1]);
                String situation = n[0] >= target ? "REACHED" : "IN_PROGRESS";
                assertThat(c.get("situation").asString()).as(c.get("name").asString()).isEqualTo(situation);
                assertThat(c.get("description").asString()).startsWith(n[0] >= target ? "atteint : " : "en cours : ")
                        .endsWith(" sur " + target);
                onTarget += n[0] >= target ? 1 : 0;
                inProgress += n[0] >= target ? 0 : 1;
            }
            String customInsee = custom;
            JsonNode customLine = coverage.get("communes").valueStream()
                    .filter(c -> c.get("insee").asString().equals(customInsee)).findFirst().orElseThrow();
            if (customLine.get("planned").asInt() > 0) {
                assertThat(customLine.get("held").asInt() + customLine.get("planned").asInt())
                        .isEqualTo(customLine.get("target").asInt());
                assertThat(customLine.get("situation").asString()).isEqualTo("IN_PROGRESS");
            }
            JsonNode indicators = coverage.get("indicators");
            assertThat(indicators.get("monthInProgress").asBoolean()).isTrue();
            assertThat(indicators.get("communesOnTarget").asInt()).isEqualTo(onTarget);
            assertThat(indicators.get("communesInProgress").asInt()).isEqualTo(inProgress);
            assertThat(indicators.get("permanencesHeld").asInt() + indicators.get("permanencesPlanned").asInt())
                    .isEqualTo(indicators.get("permanences").asInt());
        } finally {
            mvc.perform(delete("/api/territories/" + territory + "/communes/" + custom + "/targets"));
        }
    }

    /** Per commune, the plan's permanences of this month whose half-day (09–12, 14–17) is over, then the others. */
    private static Map<String, int[]> heldAndPlanned(JsonNode plan, LocalDateTime now) {
        Map<String, int[]> counts = new HashMap<>();
        for (JsonNode p : plan.get("permanences")) {
            LocalDate date = LocalDate.parse(p.get("date").asString());
            if (!YearMonth.from(date).equals(YearMonth.from(now))) {
                continue;
            }
            LocalDateTime end = date.atTime("AM".equals(p.get("halfDay").asString()) ? 12 : 17, 0);
            counts.computeIfAbsent(p.get("communeInsee").asString(), k -> new int[2])[end.isAfter(now) ? 1 : 0]++;
        }
        return counts;
    }

    @Test
    void countsOnlyTheHotelStopsATeamCheckedOffAsVisitedInTheMonthAskedFor() throws Exception {
        long base = Api.getJson(mvc, "/api/layers/places").get("features").get(0).get("id").asLong();
        LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(1);
        long territory = Api.demoTerritoryId(mvc);
        var launched = mvc.perform(post("/api/maraude-plans").contentType(MediaType.APPLICATION_JSON)
                .content("{\"territoryId\":" + territory + ",\"date\":\"" + yesterday + "\",\"fromTerritory\":true,"
                        + "\"hotspots\":false,\"secondsLimit\":1,\"teams\":[{\"id\":\"a\",\"mode\":\"CAR\","
                        + "\"shiftStart\":\"00:00\",\"shiftEnd\":\"23:59\",\"basePlaceId\":" + base + "}]}")).andReturn();
        long id = Api.json(launched).get("id").asLong();
        java.util.List<String> hotelStops = new java.util.ArrayList<>();
        waitUntilDone("/api/maraude-plans/" + id).get("teams").get(0).get("stops").forEach(stop -> {
            if ("HOTEL_115".equals(stop.get("kind").asString())) {
                hotelStops.add(stop.get("visitId").asString());
            }
        });
        assertThat(hotelStops).hasSizeGreaterThanOrEqualTo(3);
        assertThat(mvc.perform(put("/api/maraude-plans/" + id + "/publication")).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        String coverage = "/api/coverage?territoryId=" + territory + "&month=" + YearMonth.from(yesterday);
        int before = Api.getJson(mvc, coverage).get("indicators").get("hotelsVisited").asInt();
        assertThat(before).as("no other test of this class checks hotels off").isZero();

        // The round planned three hotels and more; one was visited, nobody was at one, entry was refused at one,
        // the others are not checked off: one hotel visited.
        checkOff(id, hotelStops.get(0), "VISITED");
        checkOff(id, hotelStops.get(1), "NOBODY_MET");
        checkOff(id, hotelStops.get(2), "REFUSED_ENTRY");
        JsonNode indicators = Api.getJson(mvc, coverage).get("indicators");
        assertThat(indicators.get("hotelsVisited").asInt()).isEqualTo(1);
        assertThat(indicators.get("hotels").asInt()).isGreaterThanOrEqualTo(hotelStops.size());

        // Undone: the indicator follows.
        assertThat(mvc.perform(delete("/api/maraude-plans/" + id + "/stops/" + hotelStops.get(0) + "/check-off"))
                .andReturn().getResponse().getStatus()).isEqualTo(204);
        assertThat(Api.getJson(mvc, coverage).get("indicators").get("hotelsVisited").asInt()).isZero();
    }

    private void checkOff(long planId, String visitId, String outcome) throws Exception {
        var answer = mvc.perform(put("/api/maraude-plans/" + planId + "/stops/" + visitId + "/check-off")
                .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"" + outcome + "\"}")).andReturn();
        assertThat(answer.getResponse().getStatus()).as(answer.getResponse().getContentAsString()).isEqualTo(200);
    }

    @Test
    @AsRole(Role.FUNDER)
    void isReadByFundersAsAggregatesOnly() throws Exception {
        var answer = mvc.perform(get("/api/coverage?territoryId=" + Api.demoTerritoryId(mvc))).andReturn();
        assertThat(answer.getResponse().getStatus()).isEqualTo(200);
        JsonNode coverage = Api.json(answer);
        assertThat(coverage.get("month").asString()).isEqualTo(YearMonth.now(ZoneId.of("Europe/Paris")).toString());
        assertThat(coverage.get("communes")).hasSize(5);
        assertThat(coverage.toString()).doesNotContain("coordinates", "placeId", "staff", "hotels\":[");
    }

    @Test
    void refusesAnUnknownTerritoryAndAnUnreadableMonth() throws Exception {
        assertThat(mvc.perform(get("/api/coverage?territoryId=999999")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        var bad = mvc.perform(get("/api/coverage?territoryId=" + Api.demoTerritoryId(mvc) + "&month=mars")).andReturn();
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(Api.json(bad).get("detail").asString()).contains("mois illisible");
    }

    private JsonNode publish(JsonNode plan) throws Exception {
        var published = mvc.perform(put("/api/permanence-plans/" + plan.get("id").asLong() + "/publication")).andReturn();
        assertThat(published.getResponse().getStatus()).isEqualTo(200);
        return Api.json(published);
    }

    private JsonNode solve(long territory, LocalDate from, LocalDate to) throws Exception {
        var launched = mvc.perform(post("/api/permanence-plans").contentType(MediaType.APPLICATION_JSON)
                .content("{\"territoryId\":" + territory + ",\"from\":\"" + from + "\",\"to\":\"" + to
                        + "\",\"secondsLimit\":2}")).andReturn();
        return waitUntilDone("/api/permanence-plans/" + Api.json(launched).get("id").asLong());
    }

    private JsonNode waitUntilDone(String path) {
        return Api.waitUntilDone(mvc, path);
    }
}
