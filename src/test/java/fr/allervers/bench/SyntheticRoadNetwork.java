package fr.allervers.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a synthetic road network as an OpenStreetMap file, for measuring the road matrix at department scale when no
 * department extract is at hand (not a test): a {@code size × size} street grid, 120 m apart with ±30 m of seeded
 * jitter, south-west corner at 2° E 46° N. Every 25th line is a primary road, every 5th a secondary one, the others
 * residential streets of which about 15 % of the blocks' sides are missing, so that the network has a hierarchy and
 * detours rather than the many equal shortest paths of a bare grid (which GraphHopper's contraction is very slow on).
 *
 * <p>Arguments: {@code OUTPUT.osm.gz SIZE [SEED]}, e.g. {@code target/grid-300.osm.gz 300} (90,000 junctions over
 * 36 × 36 km); its bounding box is printed for the benchmark's {@code --bbox}.
 */
public final class SyntheticRoadNetwork {

    private static final double SPACING_METRES = 120;
    private static final double JITTER_METRES = 30;
    private static final double MISSING_RESIDENTIAL = 0.15;
    private static final double LAT0 = 46.0;
    private static final double LON0 = 2.0;
    private static final double METRES_PER_DEGREE_LAT = 111_320;

    private SyntheticRoadNetwork() {
    }

    public static void main(String[] args) throws IOException {
        Path output = Path.of(args[0]);
        int size = Integer.parseInt(args[1]);
        Random random = new Random(args.length > 2 ? Long.parseLong(args[2]) : 17);
        double metresPerDegreeLon = METRES_PER_DEGREE_LAT * Math.cos(Math.toRadians(LAT0));
        try (Writer out = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(output), 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            out.write("<?xml version='1.0' encoding='UTF-8'?>\n<osm version=\"0.6\" generator=\"aller-vers\">\n");
            for (int row = 0; row < size; row++) {
                for (int col = 0; col < size; col++) {
                    double north = row * SPACING_METRES + (random.nextDouble() * 2 - 1) * JITTER_METRES;
                    double east = col * SPACING_METRES + (random.nextDouble() * 2 - 1) * JITTER_METRES;
                    out.write(String.format(Locale.ROOT, "<node id=\"%d\" version=\"1\" lat=\"%.7f\" lon=\"%.7f\"/>%n",
                            id(row, col, size), LAT0 + north / METRES_PER_DEGREE_LAT, LON0 + east / metresPerDegreeLon));
                }
            }
            long way = 1;
            for (int line = 0; line < size; line++) {
                way = writeLine(out, random, size, line, true, way);
                way = writeLine(out, random, size, line, false, way);
            }
            out.write("</osm>\n");
        }
        double extent = (size - 1) * SPACING_METRES;
        System.out.printf(Locale.ROOT, "%d junctions; --bbox=%.4f,%.4f,%.4f,%.4f%n", size * size, LON0, LAT0,
                LON0 + extent / metresPerDegreeLon, LAT0 + extent / METRES_PER_DEGREE_LAT);
    }

    /** One row or column, cut into several ways where a residential block side is missing. */
    private static long writeLine(Writer out, Random random, int size, int line, boolean row, long way)
            throws IOException {
        String highway = line % 25 == 0 ? "primary" : line % 5 == 0 ? "secondary" : "residential";
        StringBuilder nodes = new StringBuilder();
        int count = 0;
        for (int k = 0; k < size; k++) {
            long node = row ? id(line, k, size) : id(k, line, size);
            nodes.append("<nd ref=\"").append(node).append("\"/>");
            count++;
            boolean cut = k == size - 1 || ("residential".equals(highway) && random.nextDouble() < MISSING_RESIDENTIAL);
            if (cut) {
                if (count >= 2) {
                    out.write("<way id=\"" + way++ + "\" version=\"1\">" + nodes
                            + "<tag k=\"highway\" v=\"" + highway + "\"/></way>\n");
                }
                nodes.setLength(0);
                count = 0;
            }
        }
        return way;
    }

    private static long id(int row, int col, int size) {
        return (long) row * size + col + 1;
    }
}
