package fr.allervers.encounter;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.springframework.stereotype.Component;

import fr.allervers.geo.Geometries;
import fr.allervers.territory.Commune;
import fr.allervers.territory.CommuneRepository;

/**
 * Finds the commune of many points with one query: the communes around them are loaded once and searched in
 * memory, instead of one spatial query per encounter.
 */
@Component
class CommuneLocator {

    /** Beyond this extent (degrees) a batch is located point by point rather than loading a region's communes. */
    private static final double MAX_BATCH_EXTENT = 1.5;

    private final CommuneRepository communes;

    CommuneLocator(CommuneRepository communes) {
        this.communes = communes;
    }

    /** @return the INSEE code of each point's commune, in order; null where no known commune contains it */
    List<String> communesOf(List<Point> points) {
        List<String> result = new ArrayList<>(points.size());
        if (points.isEmpty()) {
            return result;
        }
        Envelope extent = new Envelope();
        points.forEach(point -> extent.expandToInclude(point.getCoordinate()));
        if (extent.getWidth() > MAX_BATCH_EXTENT || extent.getHeight() > MAX_BATCH_EXTENT) {
            points.forEach(point -> result.add(communes.findFirstContaining(point).map(Commune::getInsee).orElse(null)));
            return result;
        }
        STRtree index = new STRtree();
        extent.expandBy(1e-6);
        for (Commune commune : communes.findIntersecting(Geometries.FACTORY.toGeometry(extent))) {
            index.insert(commune.getGeometry().getEnvelopeInternal(),
                    new Located(commune.getInsee(), PreparedGeometryFactory.prepare(commune.getGeometry())));
        }
        for (Point point : points) {
            @SuppressWarnings("unchecked")
            List<Located> candidates = index.query(point.getEnvelopeInternal());
            result.add(candidates.stream().filter(c -> c.outline().contains(point)).map(Located::insee).sorted()
                    .findFirst().orElse(null));
        }
        return result;
    }

    private record Located(String insee, PreparedGeometry outline) {
    }
}
