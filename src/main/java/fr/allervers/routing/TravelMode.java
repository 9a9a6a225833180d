package fr.allervers.routing;

/** How a team moves between stops: on foot (street patrols) or by car/van. */
public enum TravelMode {
    FOOT,
    CAR
}
