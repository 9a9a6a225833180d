package fr.allervers.bench;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import javax.sql.DataSource;

import org.locationtech.jts.geom.Coordinate;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import fr.allervers.AllerVersApplication;
import fr.allervers.geo.CrsTransformer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads N generated encounters (default 1,000,000) over a Rhône-sized department — 70 % in 300 clusters, 30 %
 * spread out, over the last 12 months — then times {@code GET /api/heatmap} over HTTP: a 10 × 10 km viewport at
 * 250 m cells, and the whole department at 1 km and at 250 m. PostGIS is loaded with COPY, H2GIS with batched
 * inserts. Run by scripts/bench-heatmap.sh. Targets (PostGIS): 10 km p95 ≤ 150 ms, department ≤ 1.5 s.
 */
public final class HeatmapBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final double MIN_LON = 4.25, MAX_LON = 5.15, MIN_LAT = 45.45, MAX_LAT = 46.30;
    private static final String[] CATEGORIES = {"YOUNG_16_25", "HOMELESS", "LEAVING_PRISON", "NEWLY_ARRIVED", "OTHER"};
    private static final String[] OUTCOMES = {"INFORMED", "INFORMED", "ORIENTED", "CAME_BACK", "SIGNED_UP"};

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "h2";
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--allervers.demo.enabled=false",
                "--logging.level.root=WARN"));
        if (database.equals("postgres")) {
            arguments.add("--spring.profiles.active=postgres");
        } else {
            arguments.add("--spring.datasource.url=jdbc:h2:file:./target/bench-heatmap-h2/allervers;AUTO_SERVER=FALSE");
        }
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(AllerVersApplication.class)
                .run(arguments.toArray(String[]::new))) {
            DataSource dataSource = app.getBean(DataSource.class);
            long start = System.nanoTime();
            load(dataSource, database, rows);
            double loadSeconds = (System.nanoTime() - start) / 1e9;
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            HttpClient http = BenchAccount.signedInClient(app,
                    BenchAccount.firstConsortium(app, "Consortium banc d'essai"), port);
            System.out.printf(Locale.ROOT, "database=%s encounters=%d load=%.1fs%n", database, rows, loadSeconds);
            // Lyon centre, 10 x 10 km (0.1286° of longitude and 0.0899° of latitude at 45.76° N).
            System.out.println("system load average: " + java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean().getSystemLoadAverage());
            time(http, port, "viewport 10x10 km, 250 m cells (unsuppressed)",
                    "bbox=4.771,45.715,4.899,45.805&cell=250&suppressed=false", 40);
            time(http, port, "viewport 10x10 km, 500 m cells (suppressed, k=5)",
                    "bbox=4.771,45.715,4.899,45.805&cell=500", 40);
            String department = String.format(Locale.ROOT, "bbox=%s,%s,%s,%s", MIN_LON, MIN_LAT, MAX_LON, MAX_LAT);
            time(http, port, "department ~70x95 km, 1 km cells (suppressed, k=5)", department + "&cell=1000", 20);
            time(http, port, "department ~70x95 km, 250 m cells (unsuppressed)",
                    department + "&cell=250&suppressed=false", 10);
            System.out.printf(Locale.ROOT, "machine: %d cores (%s), java %s, max heap %d MB%n",
                    Runtime.getRuntime().availableProcessors(), cpu(), System.getProperty("java.version"),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
        }
    }

    private static void time(HttpClient http, int port, String label, String query, int runs) throws Exception {
        List<Double> millis = new ArrayList<>();
        int features = 0;
        long encounters = 0;
        int bytes = 0;
        for (int i = 0; i < runs + 5; i++) {
            long t = System.nanoTime();
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/api/heatmap?" + query)).build(),
                    HttpResponse.BodyHandlers.ofString());
            double elapsed = (System.nanoTime() - t) / 1e6;
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(label + ": " + answer.body());
            }
            if (i >= 5) { // the first calls warm the JIT and the caches
                millis.add(elapsed);
            }
            var cells = JSON.readTree(answer.body()).get("features");
            features = cells.size();
            encounters = cells.findValues("count").stream().mapToLong(c -> c.asLong()).sum();
            bytes = answer.body().length();
        }
        Collections.sort(millis);
        System.out.printf(Locale.ROOT, "%-52s encounters=%7d cells=%6d body=%5.1fMB p50=%7.1fms p95=%7.1fms"
                + " max=%7.1fms (n=%d)%n",
                label, encounters, features, bytes / 1e6, millis.get(millis.size() / 2),
                millis.get((int) Math.ceil(millis.size() * 0.95) - 1), millis.get(millis.size() - 1), millis.size());
    }

    private static void load(DataSource dataSource, String database, int rows) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO consortium (name) VALUES ('Consortium banc d''essai')");
            statement.executeUpdate("INSERT INTO organisation (name, consortium_id) SELECT 'Équipe banc', id FROM consortium");
        }
        Random random = new Random(1);
        Coordinate[] clusters = new Coordinate[300];
        double[] spreads = new double[clusters.length];
        for (int i = 0; i < clusters.length; i++) {
            // Clusters lean towards the centre of the department, as towns do around a city.
            double lon = 4.835 + random.nextGaussian() * 0.15;
            double lat = 45.76 + random.nextGaussian() * 0.12;
            clusters[i] = new Coordinate(clamp(lon, MIN_LON, MAX_LON), clamp(lat, MIN_LAT, MAX_LAT));
            spreads[i] = 200 + random.nextDouble() * 1300;
        }
        long now = Instant.now().getEpochSecond();
        int batch = 50_000;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            for (int from = 0; from < rows; from += batch) {
                StringBuilder csv = new StringBuilder();
                List<Object[]> values = new ArrayList<>();
                for (int i = from; i < Math.min(rows, from + batch); i++) {
                    double x;
                    double y;
                    if (random.nextDouble() < 0.7) {
                        int c = random.nextInt(clusters.length);
                        Coordinate centre = CrsTransformer.toLambert93(
                                fr.allervers.geo.Geometries.point(clusters[c].x, clusters[c].y)).getCoordinate();
                        x = centre.x + random.nextGaussian() * spreads[c];
                        y = centre.y + random.nextGaussian() * spreads[c];
                    } else {
                        Coordinate corner = CrsTransformer.toLambert93(
                                fr.allervers.geo.Geometries.point(MIN_LON + random.nextDouble() * (MAX_LON - MIN_LON),
                                        MIN_LAT + random.nextDouble() * (MAX_LAT - MIN_LAT))).getCoordinate();
                        x = corner.x;
                        y = corner.y;
                    }
                    Coordinate lonLat = CrsTransformer.toWgs84(x, y, CrsTransformer.LAMBERT_93);
                    OffsetDateTime metAt = OffsetDateTime.ofInstant(
                            Instant.ofEpochSecond(now - random.nextInt(365 * 86_400)), ZoneOffset.UTC);
                    String outcome = OUTCOMES[random.nextInt(OUTCOMES.length)];
                    Object[] row = {metAt, "OTHER", CATEGORIES[random.nextInt(CATEGORIES.length)], outcome,
                            outcome.equals("ORIENTED") ? "FRANCE_TRAVAIL" : null, 1 + random.nextInt(3),
                            String.format(Locale.ROOT, "SRID=4326;POINT(%.7f %.7f)", lonLat.x, lonLat.y), x, y,
                            String.format("bench-%09d", i), (double) metAt.toEpochSecond()};
                    if (database.equals("postgres")) {
                        csv.append(String.format(Locale.ROOT, "%s,%s,%s,%s,%s,%d,%s,%.3f,%.3f,%s,%.0f%n", row[0],
                                row[1], row[2], row[3], row[4] == null ? "" : row[4], row[5], row[6], row[7], row[8],
                                row[9], row[10]));
                    } else {
                        values.add(row);
                    }
                }
                String columns = "consortium_id, organisation_id, met_at, context, category, outcome, partner, people,"
                        + " geom, x_l93, y_l93, source, fingerprint, met_epoch";
                if (database.equals("postgres")) {
                    // consortium/organisation ids are 1 on this fresh database; source is constant.
                    try (Statement s = connection.createStatement()) {
                        s.execute("CREATE TEMP TABLE IF NOT EXISTS bench_in (met_at TIMESTAMPTZ, context VARCHAR,"
                                + " category VARCHAR, outcome VARCHAR, partner VARCHAR, people INT, geom GEOMETRY,"
                                + " x DOUBLE PRECISION, y DOUBLE PRECISION, fingerprint VARCHAR, met_epoch DOUBLE PRECISION)");
                        s.execute("TRUNCATE bench_in");
                    }
                    connection.unwrap(PGConnection.class).getCopyAPI()
                            .copyIn("COPY bench_in FROM STDIN (FORMAT csv)", new StringReader(csv.toString()));
                    try (Statement s = connection.createStatement()) {
                        s.execute("INSERT INTO encounter (" + columns + ") SELECT 1, 1, met_at, context, category,"
                                + " outcome, NULLIF(partner, ''), people, geom, x, y, 'DEMO', fingerprint, met_epoch FROM bench_in");
                    }
                } else {
                    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO encounter (" + columns
                            + ") VALUES (1, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DEMO', ?, ?)")) {
                        for (Object[] row : values) {
                            for (int p = 0; p < row.length; p++) {
                                insert.setObject(p + 1, row[p]);
                            }
                            insert.addBatch();
                        }
                        insert.executeBatch();
                    }
                }
                connection.commit();
            }
            if (database.equals("postgres")) {
                try (Statement s = connection.createStatement()) {
                    // What autovacuum does soon after a load; it also lets the heatmap use index-only scans.
                    connection.setAutoCommit(true);
                    s.execute("VACUUM ANALYZE encounter");
                }
            }
        }
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min + 0.01, Math.min(max - 0.01, value));
    }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }
}
