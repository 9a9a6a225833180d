package fr.allervers.encounter;


import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Builds encounter JSON for the API tests. */
public final class Encounters {

    private Encounters() {
    }

    public static String json(Instant metAt, double lon, double lat, long organisationId, String category,
            String outcome, String partner, int people) {
        return String.format(Locale.ROOT, "{\"metAt\":\"%s\",\"lon\":%.6f,\"lat\":%.6f,\"organisationId\":%d,"
                + "\"context\":\"MARAUDE\",\"category\":\"%s\",\"outcome\":\"%s\",%s\"people\":%d}", metAt, lon, lat,
                organisationId, category, outcome, partner == null ? "" : "\"partner\":\"" + partner + "\",", people);
    }

    public static MvcResult post(MockMvc mvc, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/encounters")
                .contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8))).andReturn();
    }
}
