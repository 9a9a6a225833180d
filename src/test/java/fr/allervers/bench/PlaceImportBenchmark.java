package fr.allervers.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import fr.allervers.AllerVersApplication;
import fr.allervers.support.SharedGeodata;

/**
 * The probe of issue #13 as a benchmark: a ~5 MB places CSV of 106,000 rows (lon/lat, no INSEE column, so that
 * every place's commune is found from the outlines) imported over HTTP into a consortium whose communes are the
 * 267 of Rhône; then the same file again (every row already there, nothing changed). Run by
 * scripts/bench-place-import.sh on H2GIS and PostGIS. Target: each import in seconds, not minutes. Each import prints
 * its wall-clock time and the JVM's CPU time, which a shared machine's load distorts much less.
 */
public final class PlaceImportBenchmark {

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "h2";
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 106_000;
        byte[] places = placesCsv(rows);
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--allervers.demo.enabled=false",
                "--logging.level.root=WARN"));
        if (database.equals("postgres")) {
            arguments.add("--spring.profiles.active=postgres");
        } else {
            arguments.add("--spring.datasource.url=jdbc:h2:file:./target/bench-h2-places/allervers;AUTO_SERVER=FALSE");
        }
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(AllerVersApplication.class)
                .run(arguments.toArray(String[]::new))) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            HttpClient http = BenchAccount.signedInClient(app,
                    BenchAccount.firstConsortium(app, "Consortium banc d'essai lieux"), port);
            timedImport(http, port, "communes", SharedGeodata.bytes("communes/communes-69-rhone.geojson"));
            double first = timedImport(http, port, "places", places);
            double again = timedImport(http, port, "places", places);
            System.out.printf(Locale.ROOT, "database=%s places=%d file=%.1fMB first import=%.2fs again (unchanged)=%.2fs%n",
                    database, rows, places.length / 1e6, first, again);
            System.out.printf(Locale.ROOT, "machine: %d cores, java %s, max heap %d MB%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
        }
    }

    /** Rows spread over the Lyon area, every one a new place with a long enough name to reach ~5 MB. */
    private static byte[] placesCsv(int rows) {
        Random random = new Random(13);
        StringBuilder csv = new StringBuilder("ref;nom;type;lon;lat;camion;ouverture\n");
        for (int i = 0; i < rows; i++) {
            csv.append(String.format(Locale.ROOT, "L%06d;Lieu d'accueil n° %d;centre social;%.5f;%.5f;oui;lun-ven%n", i, i,
                    4.70 + random.nextDouble() * 0.30, 45.65 + random.nextDouble() * 0.20));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static double timedImport(HttpClient http, int port, String kind, byte[] file) throws Exception {
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        HttpResponse<String> response = http.send(multipart(port, kind, file, BenchAccount.csrfToken(http)),
                HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(kind + " import failed: " + response.statusCode() + " " + response.body());
        }
        String body = response.body();
        System.out.printf(Locale.ROOT, "%s import %.2fs (CPU of the whole JVM %.2fs): %s%n", kind, seconds, cpuSeconds,
                body.length() > 200 ? body.substring(0, 200) + "…" : body);
        return seconds;
    }

    /**
     * The CPU time of the whole JVM (server and client): on a shared machine the wall-clock time of one run depends
     * on the others' load, the CPU time much less.
     */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static HttpRequest multipart(int port, String kind, byte[] file, String csrfToken) {
        String boundary = "allervers-bench";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + kind
                + ".csv\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + file.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(file, 0, body, head.length, file.length);
        System.arraycopy(tail, 0, body, head.length + file.length, tail.length);
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/imports/" + kind))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-XSRF-TOKEN", csrfToken)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }
}
