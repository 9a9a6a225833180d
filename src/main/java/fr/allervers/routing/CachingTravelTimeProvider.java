package fr.allervers.routing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the last few matrices so that re-planning the same places (explanations, a second solve after a manual
 * edit) does not route every pair again. A road matrix costs one shortest-path search per point.
 */
public final class CachingTravelTimeProvider implements TravelTimeProvider, AutoCloseable {

    private record Key(List<LonLat> points, TravelMode mode) {
    }

    private final TravelTimeProvider delegate;
    private final Map<Key, TravelMatrix> cache;

    public CachingTravelTimeProvider(TravelTimeProvider delegate, int maxEntries) {
        this.delegate = delegate;
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, TravelMatrix> eldest) {
                return size() > maxEntries;
            }
        };
    }

    @Override
    public synchronized TravelMatrix matrix(List<LonLat> points, TravelMode mode) {
        return cache.computeIfAbsent(new Key(List.copyOf(points), mode), k -> delegate.matrix(k.points(), mode));
    }

    @Override
    public Optional<Leg> leg(LonLat from, LonLat to, TravelMode mode) {
        return delegate.leg(from, to, mode);
    }

    /** Whether legs follow roads (true) or are straight lines between places (false). */
    public boolean followsRoads() {
        return delegate instanceof GraphHopperTravelTimeProvider;
    }

    /** Releases the delegate's resources (GraphHopper's memory-mapped graph). */
    @Override
    public void close() throws Exception {
        if (delegate instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
