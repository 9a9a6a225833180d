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
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.CustomModel;
import com.graphhopper.util.PMap;
import com.graphhopper.util.PointList;
import com.graphhopper.util.shapes.GHPoint;

/**
 * Road travel times on an OpenStreetMap extract, through an embedded GraphHopper with one car and one foot profile.
 *
 * <p>The graph is imported once into {@code graphCacheDirectory} and loaded from there afterwards. Both profiles are
 * contracted (CH) because a matrix costs one query per pair of points.
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

    @Override
    public TravelMatrix matrix(List<LonLat> points, TravelMode mode) {
        int n = points.size();
        List<UnreachablePoint> unreachable = new ArrayList<>();
        boolean[] usable = new boolean[n];
        for (int i = 0; i < n; i++) {
            Optional<String> problem = snapProblem(points.get(i), mode);
            usable[i] = problem.isEmpty();
            final int index = i;
            problem.ifPresent(reason -> unreachable.add(new UnreachablePoint(index, points.get(index), reason)));
        }
        long[][] durations = new long[n][n];
        double[][] distances = new double[n][n];
        boolean[][] failed = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j || !usable[i] || !usable[j]) {
                    continue;
                }
                Optional<ResponsePath> path = route(points.get(i), points.get(j), mode, false);
                failed[i][j] = path.isEmpty();
                final int from = i;
                final int to = j;
                path.ifPresent(p -> store(p, durations, distances, from, to));
            }
        }
        unreachable.addAll(new DisconnectedPoints(points, usable, failed).remove());
        return new TravelMatrix(points, durations, distances, unreachable);
    }

    private static void store(ResponsePath path, long[][] durations, double[][] distances, int i, int j) {
        durations[i][j] = Math.round(path.getTime() / 1000.0);
        distances[i][j] = path.getDistance();
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
        Snap snap = hopper.getLocationIndex().findClosest(point.lat(), point.lon(), snapFilter(mode));
        if (!snap.isValid()) {
            return Optional.of("aucune voie praticable (" + modeLabel(mode) + ") à proximité");
        }
        if (snap.getQueryDistance() > maxSnapDistanceMetres) {
            return Optional.of(String.format(Locale.FRANCE, "à %.0f m de la voie praticable (%s) la plus proche"
                    + " (maximum %.0f m)", snap.getQueryDistance(), modeLabel(mode), maxSnapDistanceMetres));
        }
        return Optional.empty();
    }

    /** Snap only onto edges the profile may use and that belong to its main network, as GraphHopper's router does. */
    private EdgeFilter snapFilter(TravelMode mode) {
        Profile profile = hopper.getProfile(profileName(mode));
        return new DefaultSnapFilter(hopper.createWeighting(profile, new PMap()),
                hopper.getEncodingManager().getBooleanEncodedValue(Subnetwork.key(profile.getName())));
    }

    private Optional<ResponsePath> route(LonLat from, LonLat to, TravelMode mode, boolean withGeometry) {
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
