package fr.allervers.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import fr.allervers.AllerVersApplication;
import fr.allervers.support.SharedGeodata;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Imports ~1,600 QPV polygons (the 90 real ones of Rhône and Val-d'Oise, copied 18 times across metropolitan
 * France under new codes) over HTTP, then times the QPV layer for one department's bounding box.
 * Run by scripts/bench-import.sh on PostGIS and on H2GIS. Targets: import ≤ 10 s, layer p95 ≤ 200 ms on PostGIS.
 */
public final class ImportBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String RHONE_BBOX = "4.24,45.45,5.17,46.31";

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "h2";
        byte[] file = nationalSizedFile();
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--allervers.demo.enabled=false",
                "--logging.level.root=WARN"));
        if (database.equals("postgres")) {
            arguments.add("--spring.profiles.active=postgres");
        } else {
            arguments.add("--spring.datasource.url=jdbc:h2:file:./target/bench-h2/allervers;AUTO_SERVER=FALSE");
        }
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(AllerVersApplication.class)
                .run(arguments.toArray(String[]::new))) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            HttpClient http = BenchAccount.signedInClient(app,
                    BenchAccount.firstConsortium(app, "Consortium banc d'essai"), port);
            long start = System.nanoTime();
            HttpResponse<String> imported = http.send(multipart(port, file, BenchAccount.csrfToken(http)),
                    HttpResponse.BodyHandlers.ofString());
            double importSeconds = (System.nanoTime() - start) / 1e9;
            if (imported.statusCode() != 200) {
                throw new IllegalStateException("import failed: " + imported.body());
            }
            List<Double> millis = new ArrayList<>();
            int features = 0;
            for (int i = 0; i < 60; i++) {
                long t = System.nanoTime();
                HttpResponse<String> layer = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/layers/qpv?bbox=" + RHONE_BBOX)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (i >= 10) { // the first calls warm the JIT and the caches
                    millis.add((System.nanoTime() - t) / 1e6);
                }
                features = JSON.readTree(layer.body()).get("features").size();
            }
            Collections.sort(millis);
            System.out.printf(Locale.ROOT, "database=%s polygons=%d file=%.1fMB import=%.2fs (%s)%n", database,
                    JSON.readTree(file).get("features").size(), file.length / 1e6, importSeconds, imported.body());
            System.out.printf(Locale.ROOT, "layer qpv bbox=Rhône features=%d p50=%.1fms p95=%.1fms max=%.1fms%n",
                    features, millis.get(millis.size() / 2), millis.get((int) (millis.size() * 0.95)),
                    millis.get(millis.size() - 1));
            System.out.printf(Locale.ROOT, "machine: %d cores, java %s, max heap %d MB%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
        }
    }

    /** 18 copies of the 90 real QPV, shifted on a grid that stays inside metropolitan France. */
    private static byte[] nationalSizedFile() {
        ArrayNode features = JSON.createArrayNode();
        for (String department : List.of("qpv/qpv2024-69.geojson", "qpv/qpv2024-95.geojson")) {
            JsonNode source = JSON.readTree(SharedGeodata.bytes(department));
            for (int copy = 0; copy < 18; copy++) {
                double dx = (copy % 6 - 2) * 0.45;
                double dy = (copy / 6 - 1) * 0.45;
                for (JsonNode feature : source.get("features")) {
                    ObjectNode shifted = (ObjectNode) feature.deepCopy();
                    ObjectNode properties = (ObjectNode) shifted.get("properties");
                    properties.put("code_qp", properties.get("code_qp").asString() + (copy == 0 ? "" : "B" + copy));
                    shift(shifted.get("geometry").get("coordinates"), dx, dy);
                    features.add(shifted);
                }
            }
        }
        ObjectNode collection = JSON.createObjectNode();
        collection.put("type", "FeatureCollection");
        collection.set("features", features);
        return JSON.writeValueAsBytes(collection);
    }

    private static void shift(JsonNode node, double dx, double dy) {
        if (node.isArray() && node.size() == 2 && node.get(0).isNumber()) {
            ((ArrayNode) node).set(0, node.get(0).asDouble() + dx);
            ((ArrayNode) node).set(1, node.get(1).asDouble() + dy);
            return;
        }
        node.values().forEach(child -> shift(child, dx, dy));
    }

    private static HttpRequest multipart(int port, byte[] file, String csrfToken) {
        String boundary = "allervers-bench";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"qpv.geojson\"\r\n"
                + "Content-Type: application/geo+json\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + file.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(file, 0, body, head.length, file.length);
        System.arraycopy(tail, 0, body, head.length + file.length, tail.length);
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/imports/qpv"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-XSRF-TOKEN", csrfToken)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }
}
