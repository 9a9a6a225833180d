package fr.allervers.publicschedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import fr.allervers.support.Api;
import tools.jackson.databind.JsonNode;

/**
 * What the public schedule tests share: a plan solved in two seconds over the next two weeks, published (or left as
 * a draft), the switch, and anonymous requests each from an address of its own so that the per-address rate limit
 * of one test never meets another's.
 */
final class PublishedFixture {

    static final String PLANS = "/api/permanence-plans";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private PublishedFixture() {
    }

    /** Next Monday at least a few days ahead: inside the public schedule's three months. */
    static LocalDate nextMonday(int weeksLater) {
        return LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(1)
                .with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(weeksLater);
    }

    /** A finished plan of the demo territory over two working weeks from {@code from}. */
    static JsonNode solved(MockMvc mvc, LocalDate from) throws Exception {
        MvcResult launched = mvc.perform(post(PLANS).contentType(MediaType.APPLICATION_JSON).content(
                "{\"territoryId\":" + Api.demoTerritoryId(mvc) + ",\"from\":\"" + from + "\",\"to\":\""
                        + from.plusDays(11) + "\",\"secondsLimit\":2}")).andReturn();
        assertThat(launched.getResponse().getStatus()).as(launched.getResponse().getContentAsString()).isEqualTo(202);
        return Api.waitUntilDone(mvc, PLANS + "/" + Api.json(launched).get("id").asLong());
    }

    static JsonNode published(MockMvc mvc, LocalDate from) throws Exception {
        long id = solved(mvc, from).get("id").asLong();
        MvcResult result = mvc.perform(put(PLANS + "/" + id + "/publication")).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
        return Api.json(result);
    }

    static void switchTo(MockMvc mvc, long territoryId, boolean enabled) throws Exception {
        MvcResult result = mvc.perform(put("/api/territories/" + territoryId + "/public-schedule")
                .contentType(MediaType.APPLICATION_JSON).content("{\"enabled\":" + enabled + "}")).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
    }

    /** An anonymous GET from a fresh client address. */
    static MockHttpServletResponse anonymousGet(MockMvc mvc, String path) throws Exception {
        return anonymousGet(mvc, get(path));
    }

    static MockHttpServletResponse anonymousGet(MockMvc mvc, MockHttpServletRequestBuilder request) throws Exception {
        int n = ADDRESSES.incrementAndGet();
        return mvc.perform(request.with(anonymous()).with(r -> {
            r.setRemoteAddr("10.19." + (n / 250) + "." + (n % 250 + 1));
            return r;
        })).andReturn().getResponse();
    }

    static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
