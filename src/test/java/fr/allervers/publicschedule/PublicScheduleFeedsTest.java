package fr.allervers.publicschedule;

import static fr.allervers.publicschedule.PublishedFixture.anonymousGet;
import static fr.allervers.publicschedule.PublishedFixture.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import fr.allervers.support.Api;
import fr.allervers.support.DatabaseTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import tools.jackson.databind.JsonNode;

/**
 * What the public reads follows the published plans: the JSON, the commune feeds (parsed by ical4j, an independent
 * RFC 5545 parser) and the data·inclusion export (checked against the schema's rules). A permanence moved by hand
 * after publication reads « déplacée », one cancelled in its plan and a withdrawn plan's permanences « annulée »
 * (STATUS:CANCELLED in the feeds), never silently gone; published again, the withdrawn ones are planned again.
 */
@DatabaseTest
class PublicScheduleFeedsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void movedAndWithdrawnPermanencesAreShownAsSuchInTheJsonTheFeedsAndThePage() throws Exception {
        long territoryId = Api.demoTerritoryId(mvc);
        JsonNode plan = PublishedFixture.published(mvc, PublishedFixture.nextMonday(1));
        long planId = plan.get("id").asLong();
        PublishedFixture.switchTo(mvc, territoryId, true);
        String base = "/public/territories/" + territoryId;

        LocalDate from = LocalDate.parse(plan.get("from").asString());
        LocalDate to = LocalDate.parse(plan.get("to").asString());
        // The other test of the class may have published its own weeks: this one reads its plan's.
        JsonNode shown = within(json(base + "/permanences.json"), from, to);
        assertThat(shown.size()).isEqualTo(plan.get("permanences").size());
        for (JsonNode p : shown) {
            assertThat(p.get("status").asString()).isEqualTo("PLANNED");
            for (String field : new String[] {"date", "start", "end", "communeInsee", "communeName", "placeName",
                    "lon", "lat", "status"}) {
                assertThat(p.hasNonNull(field)).as(field + " in " + p).isTrue();
            }
            assertThat(p.get("start").asString()).matches("\\d{2}:\\d{2}");
        }
        String insee = shown.get(0).get("communeInsee").asString();
        List<VEvent> events = within(events(base + "/communes/" + insee + ".ics"), from, to);
        long ofCommune = shown.valueStream().filter(p -> p.get("communeInsee").asString().equals(insee)).count();
        assertThat(events).hasSize((int) ofCommune);
        events.forEach(e -> {
            assertThat(value(e, Property.STATUS)).contains("CONFIRMED");
            assertThat(e.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow().getValue())
                    .isEqualTo("Europe/Paris");
            assertThat(value(e, Property.DESCRIPTION).orElseThrow()).contains("Sur place : un ");
        });

        // Moved by hand after publication, within its commune: the old place reads « déplacée », naming the new.
        Moved moved = moveWithinItsCommune(planId, plan);
        JsonNode afterMove = within(json(base + "/permanences.json"), from, to);
        JsonNode old = find(afterMove, moved.date(), moved.fromPlace());
        assertThat(old.get("status").asString()).isEqualTo("MOVED");
        assertThat(old.get("movedTo").asString()).isEqualTo(moved.toPlace());
        assertThat(find(afterMove, moved.date(), moved.toPlace()).get("status").asString()).isEqualTo("PLANNED");
        assertThat(body(anonymousGet(mvc, base + "?commune=" + moved.insee()))).contains("Déplacée")
                // The page escapes the name as any text (« Parvis de l'hôtel de ville » has an apostrophe).
                .contains("se tient à « " + HtmlUtils.htmlEscape(moved.toPlace(), "UTF-8"));

        // One permanence cancelled (alone in its commune that half-day, not the one moved): « annulée » at once,
        // in its published plan.
        JsonNode cancelled = plan.get("permanences").valueStream()
                .filter(p -> !p.get("date").asString().equals(moved.date().toString()))
                .filter(p -> plan.get("permanences").valueStream().noneMatch(o -> o != p
                        && o.get("date").asString().equals(p.get("date").asString())
                        && o.get("halfDay").asString().equals(p.get("halfDay").asString())
                        && o.get("communeInsee").asString().equals(p.get("communeInsee").asString())))
                .findFirst().orElseThrow();
        assertThat(mvc.perform(post(PublishedFixture.PLANS + "/" + planId + "/permanences/" + cancelled.get("id").asLong()
                + "/cancellation").contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"METEO\"}"))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(find(within(json(base + "/permanences.json"), from, to),
                LocalDate.parse(cancelled.get("date").asString()), cancelled.get("placeName").asString())
                .get("status").asString()).isEqualTo("CANCELLED");

        // Withdrawn: everything it showed is « annulée », in the JSON, the feed and the page.
        assertThat(mvc.perform(delete(PublishedFixture.PLANS + "/" + planId + "/publication")).andReturn()
                .getResponse().getStatus()).isEqualTo(200);
        JsonNode afterWithdrawal = within(json(base + "/permanences.json"), from, to);
        assertThat(afterWithdrawal.size()).as("nothing silently removed").isGreaterThanOrEqualTo(shown.size());
        afterWithdrawal.forEach(p -> assertThat(p.get("status").asString()).isIn("CANCELLED", "MOVED"));
        assertThat(afterWithdrawal.valueStream().filter(p -> p.get("status").asString().equals("CANCELLED")))
                .isNotEmpty();
        within(events(base + "/communes/" + insee + ".ics"), from, to).forEach(e ->
                assertThat(value(e, Property.STATUS)).contains("CANCELLED"));
        assertThat(body(anonymousGet(mvc, base + "?commune=" + insee))).contains("Annulée");
        json(base + "/data-inclusion/services.json").forEach(s -> assertThat(s.get("horaires_accueil").asString())
                .as("held dates only").doesNotContain(String.format("%d %s %02d ", from.getYear(),
                        from.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH),
                        from.getDayOfMonth())));

        // Moved back while withdrawn, then published again: the first place is planned again, the other « déplacée ».
        assertThat(mvc.perform(patch(PublishedFixture.PLANS + "/" + planId + "/permanences/" + moved.permanenceId())
                .contentType(MediaType.APPLICATION_JSON).content("{\"placeId\":" + moved.fromPlaceId() + "}"))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        MockHttpServletResponse republished = mvc.perform(put(PublishedFixture.PLANS + "/" + planId + "/publication"))
                .andReturn().getResponse();
        assertThat(republished.getStatus()).as(body(republished)).isEqualTo(200);
        JsonNode again = within(json(base + "/permanences.json"), from, to);
        assertThat(find(again, moved.date(), moved.fromPlace()).get("status").asString()).isEqualTo("PLANNED");
        assertThat(find(again, moved.date(), moved.toPlace()).get("status").asString()).isEqualTo("MOVED");
        // The cancelled one stays « annulée »: publishing again does not restore it.
        assertThat(find(again, LocalDate.parse(cancelled.get("date").asString()), cancelled.get("placeName").asString())
                .get("status").asString()).isEqualTo("CANCELLED");
        assertThat(again.valueStream().filter(p -> p.get("status").asString().equals("PLANNED")).count())
                .isEqualTo(shown.size() - 1);
    }

    @Test
    void theDataInclusionExportFollowsTheSchemaRulesOneServicePerPlace() throws Exception {
        long territoryId = Api.demoTerritoryId(mvc);
        JsonNode plan = PublishedFixture.published(mvc, PublishedFixture.nextMonday(6));
        PublishedFixture.switchTo(mvc, territoryId, true);
        JsonNode services = json("/public/territories/" + territoryId + "/data-inclusion/services.json");
        long places = json("/public/territories/" + territoryId + "/permanences.json").valueStream()
                .filter(p -> p.get("status").asString().equals("PLANNED"))
                .map(p -> p.get("placeName").asString() + p.get("lon") + p.get("lat")).distinct().count();
        assertThat(services.size()).as("one service per place").isEqualTo((int) places);
        List<String> ids = new ArrayList<>();
        for (JsonNode service : services) {
            DataInclusionRules.check(service);
            ids.add(service.get("id").asString());
            assertThat(service.get("source").asString()).isEqualTo("aller-vers");
            assertThat(service.get("modes_accueil").toString()).isEqualTo("[\"en-presentiel\"]");
            assertThat(service.get("horaires_accueil").asString()).as("actual dates").isNotBlank();
            assertThat(service.get("thematiques").toString()).contains("remobilisation--lien-social");
        }
        assertThat(ids).doesNotHaveDuplicates();
        // Each date of a place is in its horaires_accueil, with its hours.
        JsonNode first = plan.get("permanences").get(0);
        JsonNode service = services.valueStream().filter(s -> s.get("id").asString()
                .endsWith("-lieu-" + first.get("placeId").asLong())).findFirst().orElseThrow();
        LocalDate date = LocalDate.parse(first.get("date").asString());
        String day = String.format("%d %s %02d ", date.getYear(),
                date.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH),
                date.getDayOfMonth());
        assertThat(service.get("horaires_accueil").asString()).contains(day
                + ("AM".equals(first.get("halfDay").asString()) ? "09:00-12:00" : "")).contains(day);
    }

    private static JsonNode within(JsonNode permanences, LocalDate from, LocalDate to) {
        var kept = Api.JSON.createArrayNode();
        permanences.forEach(p -> {
            LocalDate date = LocalDate.parse(p.get("date").asString());
            if (!date.isBefore(from) && !date.isAfter(to)) {
                kept.add(p);
            }
        });
        return kept;
    }

    private static List<VEvent> within(List<VEvent> events, LocalDate from, LocalDate to) {
        return events.stream().filter(e -> {
            LocalDate date = LocalDate.parse(e.getProperty(Property.DTSTART).orElseThrow().getValue().substring(0, 8),
                    java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
            return !date.isBefore(from) && !date.isAfter(to);
        }).toList();
    }

    private record Moved(long permanenceId, long fromPlaceId, LocalDate date, String fromPlace, String toPlace,
                         String insee) {
    }

    /** Moves one permanence to another place of its commune that its van (if any) can reach. */
    private Moved moveWithinItsCommune(long planId, JsonNode plan) throws Exception {
        JsonNode places = Api.getJson(mvc, "/api/places");
        for (JsonNode p : plan.get("permanences")) {
            for (JsonNode other : places) {
                boolean sameCommune = other.get("communeInsee").asString().equals(p.get("communeInsee").asString());
                boolean reachable = p.get("vanId").isNull() || other.get("vanAccess").asBoolean();
                if (!sameCommune || !reachable || other.get("id").asLong() == p.get("placeId").asLong()
                        || other.get("archived").asBoolean() || taken(plan, p, other.get("id").asLong())) {
                    continue;
                }
                MockHttpServletResponse response = mvc.perform(patch(PublishedFixture.PLANS + "/" + planId
                        + "/permanences/" + p.get("id").asLong()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"placeId\":" + other.get("id").asLong() + "}")).andReturn().getResponse();
                if (response.getStatus() == 200) {
                    return new Moved(p.get("id").asLong(), p.get("placeId").asLong(), LocalDate.parse(p.get("date").asString()), p.get("placeName").asString(),
                            other.get("name").asString(), p.get("communeInsee").asString());
                }
            }
        }
        throw new AssertionError("no permanence of the plan could move within its commune: " + plan);
    }

    private static boolean taken(JsonNode plan, JsonNode p, long placeId) {
        return plan.get("permanences").valueStream().anyMatch(o -> o.get("date").equals(p.get("date"))
                && o.get("halfDay").equals(p.get("halfDay")) && o.get("placeId").asLong() == placeId);
    }

    private static JsonNode find(JsonNode permanences, LocalDate date, String placeName) {
        return permanences.valueStream().filter(p -> p.get("date").asString().equals(date.toString())
                && p.get("placeName").asString().equals(placeName)).findFirst()
                .orElseThrow(() -> new AssertionError(date + " " + placeName + " not in " + permanences));
    }

    private JsonNode json(String path) throws Exception {
        MockHttpServletResponse response = anonymousGet(mvc, path);
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Api.JSON.readTree(body(response));
    }

    private List<VEvent> events(String path) throws Exception {
        MockHttpServletResponse response = anonymousGet(mvc, path);
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(body(response)));
        ValidationResult validation = calendar.validate();
        assertThat(validation.hasErrors()).as(validation.toString()).isFalse();
        return calendar.getComponents(Component.VEVENT);
    }

    private static Optional<String> value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue);
    }
}
