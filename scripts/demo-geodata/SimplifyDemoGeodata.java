import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.json.simple.JSONArray;
import org.json.simple.JSONObject;
import org.json.simple.parser.JSONParser;
import org.json.simple.parser.ParseException;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;
import org.locationtech.jts.coverage.CoverageSimplifier;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * Writes the outlines of the demo territory (geodata/demo/communes.geojson and qpv.geojson) from the real files of
 * department 69 in shared/geodata: the five communes of the Portes du Sud and the QPV 2024 they host, simplified.
 *
 * <p>The five communes are simplified together as a polygonal coverage ({@link CoverageSimplifier}), so that
 * neighbours keep one shared border: no gap or overlap where a point could fall in two communes or none. Each QPV
 * is simplified on its own with {@link TopologyPreservingSimplifier}. Both work in metres (a local equirectangular
 * projection, exact to a few parts per thousand over 20 km), then the result is rounded to 5 decimals (about 1 m)
 * and checked valid. Run it through {@code scripts/demo-geodata.sh}; see geodata/demo/README.md.
 */
public class SimplifyDemoGeodata {

    static final List<String> COMMUNES = List.of("69199", "69259", "69273", "69276", "69296");
    /** Rounded INSEE municipal populations (2019-2021), for display: the 2018 outline file carries none. */
    static final Map<String, Integer> POPULATION = Map.of("69199", 19_000, "69259", 67_000, "69273", 11_000,
            "69276", 10_000, "69296", 3_000);
    static final String[] QPV_PROPERTIES = {"code_qp", "lib_qp", "insee_dep", "lib_dep", "insee_com", "lib_com"};

    static final double EARTH_RADIUS_M = 6_371_008.8;
    static final double LON0 = 4.87;
    static final double LAT0 = 45.68;
    static final double M_PER_DEG_LAT = EARTH_RADIUS_M * Math.PI / 180;
    static final double M_PER_DEG_LON = M_PER_DEG_LAT * Math.cos(Math.toRadians(LAT0));
    static final GeometryFactory FACTORY = new GeometryFactory();

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: SimplifyDemoGeodata <shared/geodata> <geodata/demo> [commune tolerance m] [qpv tolerance m]");
            System.exit(2);
        }
        Path shared = Path.of(args[0]);
        Path out = Path.of(args[1]);
        double communeTolerance = args.length > 2 ? Double.parseDouble(args[2]) : 60;
        double qpvTolerance = args.length > 3 ? Double.parseDouble(args[3]) : 20;

        List<JSONObject> communes = features(shared.resolve("communes/communes-69-rhone.geojson")).stream()
                .filter(f -> COMMUNES.contains(property(f, "code"))).toList();
        if (communes.size() != COMMUNES.size()) {
            throw new IllegalStateException("expected the five communes, found " + communes.size());
        }
        Geometry[] coverage = communes.stream().map(f -> toMetres(geometry(f))).toArray(Geometry[]::new);
        require(CoverageValidator.isValid(coverage), "the source communes are not a valid coverage");
        Geometry[] simplified = CoverageSimplifier.simplify(coverage, communeTolerance);
        List<String> communeLines = new ArrayList<>();
        Geometry[] written = new Geometry[simplified.length];
        for (int i = 0; i < communes.size(); i++) {
            JSONObject f = communes.get(i);
            String code = property(f, "code");
            written[i] = rounded(toDegrees(simplified[i]));
            require(written[i].isValid(), code + " invalid after simplification");
            report(code + " " + property(f, "nom"), geometry(f), written[i]);
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("code", code);
            props.put("nom", property(f, "nom"));
            props.put("population", POPULATION.get(code));
            communeLines.add(feature(props, written[i]));
        }
        require(CoverageValidator.isValid(written), "the simplified communes are not a valid coverage");

        List<String> qpvLines = new ArrayList<>();
        for (JSONObject f : features(shared.resolve("qpv/qpv2024-69.geojson"))) {
            Set<String> hosts = Set.of(property(f, "insee_com").split(",\\s*"));
            if (hosts.stream().noneMatch(COMMUNES::contains)) {
                continue;
            }
            Geometry qpv = rounded(toDegrees(TopologyPreservingSimplifier.simplify(toMetres(geometry(f)), qpvTolerance)));
            qpv = multi(qpv);
            require(qpv.isValid(), property(f, "code_qp") + " invalid after simplification");
            report(property(f, "code_qp") + " " + property(f, "lib_qp"), geometry(f), qpv);
            Map<String, Object> props = new LinkedHashMap<>();
            for (String key : QPV_PROPERTIES) {
                props.put(key, property(f, key));
            }
            qpvLines.add(feature(props, qpv));
        }

        write(out.resolve("communes.geojson"), "communes-portes-du-sud", communeLines);
        write(out.resolve("qpv.geojson"), "qpv-2024-portes-du-sud", qpvLines);
        System.out.printf(Locale.ROOT, "tolerances: communes %.0f m (coverage), QPV %.0f m; %d communes, %d QPV%n",
                communeTolerance, qpvTolerance, communeLines.size(), qpvLines.size());
    }

    static List<JSONObject> features(Path file) throws IOException, ParseException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            JSONObject collection = (JSONObject) new JSONParser().parse(reader);
            List<JSONObject> features = new ArrayList<>();
            for (Object feature : (JSONArray) collection.get("features")) {
                features.add((JSONObject) feature);
            }
            return features;
        }
    }

    static String property(JSONObject feature, String key) {
        Object value = ((JSONObject) feature.get("properties")).get(key);
        return value == null ? null : value.toString();
    }

    static Geometry geometry(JSONObject feature) {
        try {
            return new GeoJsonReader(FACTORY).read(((JSONObject) feature.get("geometry")).toJSONString());
        } catch (org.locationtech.jts.io.ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    static Geometry toMetres(Geometry lonLat) {
        return transform(lonLat, c -> {
            c.x = (c.x - LON0) * M_PER_DEG_LON;
            c.y = (c.y - LAT0) * M_PER_DEG_LAT;
        });
    }

    static Geometry toDegrees(Geometry metres) {
        return transform(metres, c -> {
            c.x = LON0 + c.x / M_PER_DEG_LON;
            c.y = LAT0 + c.y / M_PER_DEG_LAT;
        });
    }

    /** 5 decimals of a degree: about 1.1 m north-south, 0.8 m east-west here. */
    static Geometry rounded(Geometry lonLat) {
        return transform(lonLat, c -> {
            c.x = Math.round(c.x * 1e5) / 1e5;
            c.y = Math.round(c.y * 1e5) / 1e5;
        });
    }

    interface CoordinateChange {
        void apply(Coordinate c);
    }

    static Geometry transform(Geometry geometry, CoordinateChange change) {
        Geometry copy = geometry.copy();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                Coordinate c = seq.getCoordinateCopy(i);
                change.apply(c);
                seq.setOrdinate(i, 0, c.x);
                seq.setOrdinate(i, 1, c.y);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return copy;
    }

    static Geometry multi(Geometry geometry) {
        if (geometry instanceof MultiPolygon) {
            return geometry;
        }
        return FACTORY.createMultiPolygon(new Polygon[] {(Polygon) geometry});
    }

    static void report(String name, Geometry before, Geometry after) {
        double hausdorff = DiscreteHausdorffDistance.distance(toMetres(before), toMetres(after));
        double areaChange = 100 * (toMetres(after).getArea() / toMetres(before).getArea() - 1);
        System.out.printf(Locale.ROOT, "%-40s %4d -> %4d vertices, area %+.2f %%, Hausdorff %.0f m%n", name,
                before.getNumPoints(), after.getNumPoints(), areaChange, hausdorff);
    }

    static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    /** One feature per line: small diffs, and the file stays readable. Exterior rings counter-clockwise (RFC 7946). */
    static String feature(Map<String, Object> properties, Geometry geometry) {
        StringBuilder json = new StringBuilder("{\"type\":\"Feature\",\"properties\":{");
        boolean first = true;
        for (Map.Entry<String, Object> p : properties.entrySet()) {
            json.append(first ? "" : ",").append('"').append(p.getKey()).append("\":");
            json.append(p.getValue() instanceof Number ? p.getValue().toString()
                    : '"' + JSONObject.escape(String.valueOf(p.getValue())) + '"');
            first = false;
        }
        json.append("},\"geometry\":{\"type\":\"").append(geometry.getGeometryType()).append("\",\"coordinates\":");
        if (geometry instanceof Polygon polygon) {
            polygon(json, polygon);
        } else {
            json.append('[');
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                json.append(i == 0 ? "" : ",");
                polygon(json, (Polygon) geometry.getGeometryN(i));
            }
            json.append(']');
        }
        return json.append("}}").toString();
    }

    static void polygon(StringBuilder json, Polygon polygon) {
        Polygon oriented = (Polygon) polygon.copy();
        oriented.normalize(); // JTS normal form: shell clockwise, holes counter-clockwise; reversed below
        json.append('[');
        ring(json, oriented.getExteriorRing());
        for (int i = 0; i < oriented.getNumInteriorRing(); i++) {
            json.append(',');
            ring(json, oriented.getInteriorRingN(i));
        }
        json.append(']');
    }

    /** The ring reversed: exterior counter-clockwise and holes clockwise, as RFC 7946 asks. */
    static void ring(StringBuilder json, LinearRing ring) {
        Coordinate[] coordinates = ring.getCoordinates();
        json.append('[');
        for (int i = coordinates.length - 1; i >= 0; i--) {
            json.append(i == coordinates.length - 1 ? "[" : ",[").append(number(coordinates[i].x)).append(',')
                    .append(number(coordinates[i].y)).append(']');
        }
        json.append(']');
    }

    static String number(double value) {
        return new BigDecimal(value).setScale(5, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    static void write(Path file, String name, List<String> features) throws IOException {
        String json = "{\"type\":\"FeatureCollection\",\"name\":\"" + name + "\",\"features\":[\n"
                + String.join(",\n", features) + "\n]}\n";
        Files.writeString(file, json, StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "%s: %,d bytes%n", file, json.length());
    }
}
