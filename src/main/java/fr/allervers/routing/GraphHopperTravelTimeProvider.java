package fr.allervers.routing;

import static com.graphhopper.json.Statement.Else;
import static com.graphhopper.json.Statement.If;
import static com.graphhopper.json.Statement.Op.LIMIT;
import static com.graphhopper.json.Statement.Op.MULTIPLY;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.GraphHopper;
import com.graphhopper.ResponsePath;
import com.graphhopper.config.CHProfile;
import com.graphhopper.config.Profile;
import com.graphhopper.routing.ev.Subnetwork;
import com.graphhopper.routing.util.DefaultSnapFilter;
import com.graphhopper.routing.util.EdgeFilter;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.CustomModel;
import com.graphhopper.util.PMap;
import com.graphhopper.util.PointList;
import com.graphhopper.util.shapes.GHPoint;

/**
 * Road travel times on an OpenStreetMap extract, through an embedded GraphHopper with one car and one foot profile.
 *
 * <p>The graph is imported once into {@code graphCacheDirectory} and loaded from there afterwards. Both profiles are
 * contracted (CH, without turn costs): {@link #leg}, the point-to-point route drawn on the map, is GraphHopper's CH
 * route, and a matrix of N points costs 2N upward searches on the same contraction meeting in buckets
 * ({@link ContractedRoadMatrix}), not N² routes.
 */
public final class GraphHopperTravelTimeProvider implements TravelTimeProvider, AutoCloseable {

    /** Farther than this from any usable road, a point is reported unreachable rather than snapped. */
    public static final double DEFAULT_MAX_SNAP_DISTANCE_METRES = 300;
    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    private final GraphHopper hopper;
    private final double maxSnapDistanceMetres;

    public GraphHopperTravelTimeProvider(Path osmFile, Path graphCacheDirectory) {
        this(osmFile, graphCacheDirectory, DEFAULT_MAX_SNAP_DISTANCE_METRES);
    }

    public GraphHopperTravelTimeProvider(Path osmFile, Path graphCacheDirectory, double maxSnapDistanceMetres) {
        if (!Files.isReadable(osmFile)) {
            throw new IllegalArgumentException("OSM file not readable: " + osmFile.toAbsolutePath());
        }
        this.maxSnapDistanceMetres = maxSnapDistanceMetres;
        this.hopper = new GraphHopper();
        hopper.setOSMFile(osmFile.toString());
        hopper.setGraphHopperLocation(graphCacheDirectory.toString());
        hopper.setEncodedValuesString("car_access, car_average_speed, foot_access, foot_average_speed, foot_priority");
        hopper.setProfiles(new Profile(profileName(TravelMode.CAR)).setCustomModel(carModel()),
                new Profile(profileName(TravelMode.FOOT)).setCustomModel(footModel()));
        hopper.getCHPreparationHandler().setCHProfiles(
                new CHProfile(profileName(TravelMode.CAR)), new CHProfile(profileName(TravelMode.FOOT)));
        hopper.importOrLoad();
    }

    /** Same rules as GraphHopper's bundled car.json, written here so that the encoded values they need are explicit. */
    private static CustomModel carModel() {
        return new CustomModel()
                .addToPriority(If("!car_access", MULTIPLY, "0"))
                .addToSpeed(If("true", LIMIT, "car_average_speed"));
    }

    /** Pedestrians: only ways open to them, preferring footways and quiet streets as the foot_priority value says. */
    private static CustomModel footModel() {
        return new CustomModel()
                .addToPriority(If("!foot_access", MULTIPLY, "0"))
                .addToPriority(Else(MULTIPLY, "foot_priority"))
                .addToSpeed(If("true", LIMIT, "foot_average_speed"));
    }

    static String profileName(TravelMode mode) {
        return mode.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Snaps every point once, then computes all pairs on the profile's contracted graph (see
     * {@link ContractedRoadMatrix}): one upward search per distinct place and direction, shared between the machine's
     * cores, whatever the size of the graph.
     */
    @Override
    public TravelMatrix matrix(List<LonLat> points, TravelMode mode) {
        return matrix(points, mode, true);
    }

    /**
     * @param contracted false for the former matrix, one plain search per source on the base graph
     *                   ({@link OneToManyRoadMatrix}), kept to check and measure the contracted one against
     */
    TravelMatrix matrix(List<LonLat> points, TravelMode mode, boolean contracted) {
        int n = points.size();
        List<UnreachablePoint> unreachable = new ArrayList<>();
        List<Snap> snaps = new ArrayList<>(n);
        boolean[] usable = new boolean[n];
        EdgeFilter filter = snapFilter(mode);
        for (int i = 0; i < n; i++) {
            Snap snap = snap(points.get(i), filter);
            Optional<String> problem = snapProblem(snap, mode);
            usable[i] = problem.isEmpty();
            snaps.add(usable[i] ? snap : null);
            final int index = i;
            problem.ifPresent(reason -> unreachable.add(new UnreachablePoint(index, points.get(index), reason)));
        }
        int threads = Runtime.getRuntime().availableProcessors();
        OneToManyRoadMatrix.Result roads = contracted
                ? ContractedRoadMatrix.compute(hopper.getBaseGraph(), hopper.getCHGraphs().get(profileName(mode)),
                        snaps, threads)
                : OneToManyRoadMatrix.compute(hopper.getBaseGraph(), () -> weighting(mode), snaps, threads);
        unreachable.addAll(new DisconnectedPoints(points, usable, roads.failed()).remove());
        return new TravelMatrix(points, roads.durationSeconds(), roads.distanceMetres(), unreachable);
    }

    @Override
    public Optional<Leg> leg(LonLat from, LonLat to, TravelMode mode) {
        if (snapProblem(from, mode).isPresent() || snapProblem(to, mode).isPresent()) {
            return Optional.empty();
        }
        return route(from, to, mode, true).map(path -> new Leg(Math.round(path.getTime() / 1000.0),
                path.getDistance(), lineString(path.getPoints())));
    }

    /** Why a point cannot be used, in French, or empty when it snaps onto the routable network close enough. */
    Optional<String> snapProblem(LonLat point, TravelMode mode) {
        return snapProblem(snap(point, snapFilter(mode)), mode);
    }

    private Snap snap(LonLat point, EdgeFilter filter) {
        return hopper.getLocationIndex().findClosest(point.lat(), point.lon(), filter);
    }

    private Optional<String> snapProblem(Snap snap, TravelMode mode) {
        if (!snap.isValid()) {
            return Optional.of("aucune voie praticable (" + modeLabel(mode) + ") à proximité");
        }
        if (snap.getQueryDistance() > maxSnapDistanceMetres) {
            return Optional.of(String.format(Locale.FRANCE, "à %.0f m de la voie praticable (%s) la plus proche"
                    + " (maximum %.0f m)", snap.getQueryDistance(), modeLabel(mode), maxSnapDistanceMetres));
        }
        return Optional.empty();
    }

    /** The profile's weighting as the router builds it without request hints: same speeds, priorities, access. */
    private Weighting weighting(TravelMode mode) {
        return hopper.createWeighting(hopper.getProfile(profileName(mode)), new PMap());
    }

    /** Snap only onto edges the profile may use and that belong to its main network, as GraphHopper's router does. */
    private EdgeFilter snapFilter(TravelMode mode) {
        return new DefaultSnapFilter(weighting(mode),
                hopper.getEncodingManager().getBooleanEncodedValue(Subnetwork.key(profileName(mode))));
    }

    /** GraphHopper's point-to-point route (CH), the reference the matrix entries agree with. */
    Optional<ResponsePath> route(LonLat from, LonLat to, TravelMode mode, boolean withGeometry) {
        GHRequest request = new GHRequest(List.of(new GHPoint(from.lat(), from.lon()), new GHPoint(to.lat(), to.lon())))
                .setProfile(profileName(mode));
        request.putHint("instructions", false);
        request.putHint("calc_points", withGeometry);
        GHResponse response = hopper.route(request);
        return response.hasErrors() ? Optional.empty() : Optional.of(response.getBest());
    }

    private static org.locationtech.jts.geom.LineString lineString(PointList points) {
        Coordinate[] coordinates = new Coordinate[points.size()];
        for (int i = 0; i < points.size(); i++) {
            coordinates[i] = new Coordinate(points.getLon(i), points.getLat(i));
        }
        if (coordinates.length == 1) {
            coordinates = new Coordinate[] {coordinates[0], coordinates[0]};
        }
        return WGS84.createLineString(coordinates);
    }

    private static String modeLabel(TravelMode mode) {
        return mode == TravelMode.FOOT ? "à pied" : "en voiture";
    }

    @Override
    public void close() {
        hopper.close();
    }
}
