package fr.allervers.maraude.domain;

import fr.allervers.routing.LonLat;
import fr.allervers.routing.TravelMode;

/**
 * A place known to the travel time table. Holding the table here (as OptaPlanner's vehicle routing example does)
 * lets the nearby distance meter, which OptaPlanner instantiates by class, reach the travel times.
 */
public final class Location {

    private final int index;
    private final LonLat point;
    private final TravelTimeTable table;

    /** @param point may be null for planar benchmark coordinates */
    public Location(int index, LonLat point, TravelTimeTable table) {
        this.index = index;
        this.point = point;
        this.table = table;
    }

    public int index() {
        return index;
    }

    public LonLat point() {
        return point;
    }

    public long timeTo(Location other, TravelMode mode) {
        return table.time(mode, index, other.index);
    }

    public long metresTo(Location other, TravelMode mode) {
        return table.metres(mode, index, other.index);
    }

    public long nearbyTimeTo(Location other) {
        return table.nearbyTime(index, other.index);
    }

    @Override
    public String toString() {
        return "Location" + index;
    }
}
