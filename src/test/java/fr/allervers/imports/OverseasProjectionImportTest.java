package fr.allervers.imports;

import static fr.allervers.support.Api.getJson;
import static fr.allervers.support.Api.json;
import static fr.allervers.support.Api.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import fr.allervers.support.DatabaseTest;
import fr.allervers.support.PlatformOperatorTenant;
import fr.allervers.territory.QpvRepository;
import tools.jackson.databind.JsonNode;

/**
 * Files in the official overseas projections are read like Lambert-93 ones: from a GeoJSON {@code crs} member, or
 * the {@code crs} parameter for CSV x/y. Expected positions are PROJ's ({@code cs2cs}), not Proj4J's.
 */
@DatabaseTest
@PlatformOperatorTenant
class OverseasProjectionImportTest {

    // Saint-Pierre (La Réunion), 55.4781°E 21.3393°S: 342 177.216, 7 639 537.491 in RGR92 / UTM 40S (EPSG:2975).
    // Basse-Terre (Guadeloupe), 61.7261°W 15.9958°N: 636 309.000, 1 768 888.420 in RGAF09 / UTM 20N (EPSG:5490).

    @Autowired
    MockMvc mvc;
    @Autowired
    QpvRepository qpvs;

    @AfterEach
    void removeTestQpv() {
        qpvs.deleteAllById(List.of("QZ97410", "QZ97110"));
    }

    @Test
    void aGeoJsonInRgr92Utm40SouthIsReprojected() throws Exception {
        String file = legacyGeoJson("urn:ogc:def:crs:EPSG::2975", "QZ97410", "97416", 342_177.216, 7_639_537.491);
        MvcResult result = upload(mvc, "qpv", "qpv-reunion-utm40s.geojson", file.getBytes(StandardCharsets.UTF_8));
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
        assertFoundAround("QZ97410", 55.4781, -21.3393);
    }

    @Test
    void aGeoJsonInRgaf09Utm20NorthIsReprojected() throws Exception {
        String file = legacyGeoJson("EPSG:5490", "QZ97110", "97105", 636_309.000, 1_768_888.420);
        MvcResult result = upload(mvc, "qpv", "qpv-guadeloupe-utm20n.geojson", file.getBytes(StandardCharsets.UTF_8));
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
        assertFoundAround("QZ97110", -61.7261, 15.9958);
    }

    @Test
    void aCsvOfPlacesInUtm20NorthIsReadWithItsCrs() throws Exception {
        String csv = "ref;nom;type;x;y;camion;ouverture;insee\n"
                + "BT-1;Place du Champ d'Arbaud;place publique;636309,000;1768888,420;oui;lun-am;97105\n";
        MvcResult result = upload(mvc, "places", "lieux.csv", csv.getBytes(StandardCharsets.UTF_8), "crs",
                "EPSG:5490");
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
        JsonNode layer = getJson(mvc, "/api/layers/places?bbox=-61.8,15.9,-61.6,16.1");
        assertThat(layer.get("features").size()).isEqualTo(1);
        JsonNode coordinates = layer.get("features").get(0).path("geometry").path("coordinates");
        assertThat(coordinates.get(0).asDouble()).isCloseTo(-61.7261, offset(1e-5));
        assertThat(coordinates.get(1).asDouble()).isCloseTo(15.9958, offset(1e-5));
    }

    @Test
    void overseasXyWithoutItsCrsIsRefusedWithAHint() throws Exception {
        // Read as Lambert-93, UTM 40S metres land north of Scotland.
        String csv = "ref;nom;type;x;y;camion;ouverture\nSP-1;Front de mer;place publique;342177;7639537;oui;lun-am\n";
        MvcResult result = upload(mvc, "places", "lieux.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(json(result).get("reason").asString()).contains("hors de France").contains("crs=EPSG:2975");
    }

    private void assertFoundAround(String code, double lon, double lat) throws Exception {
        JsonNode found = getJson(mvc, "/api/qpv/at?lon=" + lon + "&lat=" + lat);
        assertThat(found.path("properties").path("code_qp").asString()).isEqualTo(code);
        Geometry geometry = new GeoJsonReader().read(found.get("geometry").toString());
        // 200 m is about 0.0019° of latitude and of longitude here: the square lies within 0.0012° of the point.
        Geometry around = new WKTReader().read(String.format(java.util.Locale.ROOT,
                "POLYGON((%1$f %2$f, %3$f %2$f, %3$f %4$f, %1$f %4$f, %1$f %2$f))", lon - 0.0012, lat - 0.0012,
                lon + 0.0012, lat + 0.0012));
        assertThat(around.contains(geometry)).as(geometry.toText()).isTrue();
        assertThat(geometry.getArea()).isGreaterThan(0.0018 * 0.0018 * 0.9);
    }

    /** A square of 200 m around (x, y), in a file that names its CRS the legacy way. */
    private static String legacyGeoJson(String crs, String code, String insee, double x, double y) {
        String ring = String.format(java.util.Locale.ROOT, "[[%1$.3f,%2$.3f],[%3$.3f,%2$.3f],[%3$.3f,%4$.3f],"
                + "[%1$.3f,%4$.3f],[%1$.3f,%2$.3f]]", x - 100, y - 100, x + 100, y + 100);
        return "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"" + crs + "\"}},"
                + "\"features\":[{\"type\":\"Feature\",\"properties\":{\"code_qp\":\"" + code + "\",\"lib_qp\":\"Test\","
                + "\"insee_com\":\"" + insee + "\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" + ring
                + "]}}]}";
    }
}
