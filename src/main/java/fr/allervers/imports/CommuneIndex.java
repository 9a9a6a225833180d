package fr.allervers.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

import fr.allervers.geo.Geometries;
import fr.allervers.territory.Commune;
import fr.allervers.territory.CommuneRepository;

/**
 * The communes of one import, searched in memory. One spatial query per row made a 106,000-row places file take
 * minutes (each query copied and tested every commune outline); here the communes of a small square of the map
 * are read once, the first time a point falls in it, and every later point of that square is found in memory.
 * Squares keep the memory to the regions the file covers, even when national commune outlines are loaded.
 */
public final class CommuneIndex {

    /** The side of a square, in degrees (about 28 × 20 km in metropolitan France). */
    private static final double SQUARE = 0.25;

    private final CommuneRepository communes;
    private final Map<Long, STRtree> squares = new HashMap<>();

    CommuneIndex(CommuneRepository communes) {
        this.communes = communes;
    }

    /** The INSEE code of the known commune containing the point (the smallest code on a shared border), or null. */
    String communeOf(Point point) {
        long column = (long) Math.floor(point.getX() / SQUARE);
        long row = (long) Math.floor(point.getY() / SQUARE);
        STRtree index = squares.computeIfAbsent(column * 1_000_003L + row, key -> load(column, row));
        @SuppressWarnings("unchecked")
        List<Located> candidates = index.query(point.getEnvelopeInternal());
        return candidates.stream().filter(c -> c.outline().contains(point)).map(Located::insee).sorted()
                .findFirst().orElse(null);
    }

    private STRtree load(long column, long row) {
        Envelope square = new Envelope(column * SQUARE, (column + 1) * SQUARE, row * SQUARE, (row + 1) * SQUARE);
        STRtree index = new STRtree();
        for (Commune commune : communes.findIntersecting(Geometries.FACTORY.toGeometry(square))) {
            index.insert(commune.getGeometry().getEnvelopeInternal(),
                    new Located(commune.getInsee(), PreparedGeometryFactory.prepare(commune.getGeometry())));
        }
        index.build();
        return index;
    }

    private record Located(String insee, PreparedGeometry outline) {
    }
}
