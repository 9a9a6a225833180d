package fr.allervers.imports;

import static fr.allervers.imports.ImportRejectionTest.collection;
import static fr.allervers.imports.ImportRejectionTest.qpv;
import static fr.allervers.support.Api.getJson;
import static fr.allervers.support.Api.json;
import static fr.allervers.support.Api.upload;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import fr.allervers.support.DatabaseTest;
import fr.allervers.support.PlatformOperatorTenant;
import tools.jackson.databind.JsonNode;

/** The file variants found in the wild: Lambert-93, legacy crs member, BOM, semicolons and decimal commas. */
@DatabaseTest
@PlatformOperatorTenant
class ImportFormatsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aLegacyLambert93GeoJsonIsReprojected() throws Exception {
        // The origin of Lambert-93 (x 700 000, y 6 600 000) is by definition 3°E, 46.5°N.
        String file = "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":"
                + "\"urn:ogc:def:crs:EPSG::2154\"}},\"features\":[" + qpv("QNTEST93",
                        "[[[699900,6599900],[700100,6599900],[700100,6600100],[699900,6600100],[699900,6599900]]]",
                        "Polygon") + "]}";
        MvcResult result = upload(mvc, "qpv", "l93.geojson", file.getBytes());
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
        JsonNode found = getJson(mvc, "/api/qpv/at?lon=3.0&lat=46.5");
        assertThat(found.path("properties").path("code_qp").asString()).isEqualTo("QNTEST93");
        Geometry geometry = new GeoJsonReader().read(found.get("geometry").toString());
        Geometry expected = new WKTReader().read("POLYGON((2.997 46.498, 3.003 46.498, 3.003 46.502, 2.997 46.502, 2.997 46.498))");
        assertThat(expected.contains(geometry)).isTrue();
        assertThat(geometry.getArea()).isGreaterThan(expected.getArea() / 20);
    }

    @Test
    void aSmallSelfIntersectionIsRepairedAndReported() throws Exception {
        String nearlyValid = qpv("QNTEST10",
                "[[[4.85,45.70],[4.86,45.70],[4.86,45.71],[4.85,45.71],[4.8501,45.6999],[4.85,45.70]]]", "Polygon");
        JsonNode report = json(upload(mvc, "qpv", "q.geojson", collection(nearlyValid).getBytes()));
        assertThat(report.get("created").asInt()).isEqualTo(1);
        JsonNode repair = report.get("repaired").get(0);
        assertThat(repair.get("feature").asInt()).isEqualTo(1);
        assertThat(repair.get("key").asString()).isEqualTo("code_qp QNTEST10");
        assertThat(repair.get("reason").asString()).contains("Self-intersection");
        assertThat(repair.get("areaChangePercent").asDouble()).isLessThan(1.0);
        JsonNode stored = getJson(mvc, "/api/qpv/at?lon=4.855&lat=45.705");
        assertThat(new GeoJsonReader().read(stored.get("geometry").toString()).isValid()).isTrue();
    }

    @Test
    void aSpreadsheetCsvWithBomSemicolonsDecimalCommasAndLambert93IsRead() throws Exception {
        // x/y columns are Lambert-93 unless told otherwise: the Lambert-93 origin again.
        String csv = "\uFEFFref;nom;type;x;y;camion;ouverture;insee\n"
                + "L93-1;Place de l'Origine;place publique;700000,0;6600000,0;oui;lun-am mer-pm;03001\n";
        MvcResult result = upload(mvc, "places", "lieux.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
        JsonNode layer = getJson(mvc, "/api/layers/places?bbox=2.99,46.49,3.01,46.51");
        assertThat(layer.get("features").size()).isEqualTo(1);
        JsonNode place = layer.get("features").get(0);
        assertThat(place.path("geometry").path("coordinates").get(0).asDouble()).isCloseTo(3.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(place.path("geometry").path("coordinates").get(1).asDouble()).isCloseTo(46.5, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(place.path("properties").path("ouverture").asString()).isEqualTo("MON-AM,WED-PM");
        assertThat(place.path("properties").path("camion").asBoolean()).isTrue();
    }

    @Test
    void aTemporaryPlaceKeepsItsDatesAndABadRangeWritesNothing() throws Exception {
        // Outside any loaded commune: the INSEE code is given, as other tests expect every place to have one.
        String csv = "ref;nom;type;lon;lat;camion;ouverture;insee;du;au\n"
                + "TMP-1;Marché de Noël (test);marché;3,1000;46,6000;oui;lun-ven;03190;01/12/2026;2026-12-24\n";
        JsonNode created = json(upload(mvc, "places", "noel.csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(created.get("created").asInt()).isEqualTo(1);
        JsonNode place = getJson(mvc, "/api/layers/places?bbox=3.09,46.59,3.11,46.61").get("features").get(0);
        assertThat(place.path("properties").path("du").asString()).isEqualTo("2026-12-01");
        assertThat(place.path("properties").path("au").asString()).isEqualTo("2026-12-24");
        assertThat(json(upload(mvc, "places", "noel.csv", csv.getBytes(StandardCharsets.UTF_8))).get("unchanged")
                .asInt()).isEqualTo(1);
        // Extended to New Year's Eve: an update.
        assertThat(json(upload(mvc, "places", "noel.csv", csv.replace("2026-12-24", "31/12/2026")
                .getBytes(StandardCharsets.UTF_8))).get("updated").asInt()).isEqualTo(1);

        MvcResult refused = upload(mvc, "places", "noel.csv", csv.replace("01/12/2026", "2027-01-05")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(json(refused).toString()).contains("est après");
        MvcResult unreadable = upload(mvc, "places", "noel.csv", csv.replace("01/12/2026", "1er décembre")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(json(unreadable).toString()).contains("date « du » illisible");
        place = getJson(mvc, "/api/layers/places?bbox=3.09,46.59,3.11,46.61").get("features").get(0);
        assertThat(place.path("properties").path("au").asString()).as("nothing written").isEqualTo("2026-12-31");
    }

    @Test
    void aCommaSeparatedLonLatCsvUpdatesOnSecondImport() throws Exception {
        String first = "ref,nom,lon,lat,capacite,horaires\nH-T1,Hôtel test,4.8701,45.7011,10,10:00-12:00\n";
        JsonNode created = json(upload(mvc, "hotels", "h.csv", first.getBytes(StandardCharsets.UTF_8)));
        assertThat(created.get("created").asInt()).isEqualTo(1);
        String again = first;
        assertThat(json(upload(mvc, "hotels", "h.csv", again.getBytes(StandardCharsets.UTF_8))).get("unchanged").asInt())
                .isEqualTo(1);
        String newer = first.replace(",10,", ",12,");
        JsonNode updated = json(upload(mvc, "hotels", "h.csv", newer.getBytes(StandardCharsets.UTF_8)));
        assertThat(updated.get("updated").asInt()).isEqualTo(1);
        assertThat(updated.get("created").asInt()).isZero();
    }

    @Test
    void aDepartmentFilterKeepsOnlyThatDepartment() throws Exception {
        String square = "[[[4.85,45.70],[4.86,45.70],[4.86,45.71],[4.85,45.70]]]";
        String other = "{\"type\":\"Feature\",\"properties\":{\"code_qp\":\"QNTEST95\",\"lib_qp\":\"X\",\"insee_com\":\"95018\","
                + "\"insee_dep\":\"95\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[2.24,48.94],[2.25,48.94],[2.25,48.95],[2.24,48.94]]]}}";
        JsonNode report = json(upload(mvc, "qpv", "national.geojson",
                collection(qpv("QNTEST69", square, "Polygon"), other).getBytes(), "department", "95"));
        assertThat(report.get("created").asInt() + report.get("unchanged").asInt()).isEqualTo(1);
        // Read from the layer, not /api/qpv/at: the real QPV of Argenteuil, imported by other tests, covers it too.
        assertThat(getJson(mvc, "/api/layers/qpv?bbox=2.24,48.94,2.25,48.95").get("features").valueStream()
                .map(f -> f.path("properties").path("code_qp").asString())).contains("QNTEST95");
    }
}
