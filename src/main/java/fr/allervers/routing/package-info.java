/**
 * Travel durations, distances and leg geometry between WGS84 points, behind {@link fr.allervers.routing.TravelTimeProvider}:
 * {@link fr.allervers.routing.GreatCircleTravelTimeProvider} (air distance, the default) and
 * {@link fr.allervers.routing.GraphHopperTravelTimeProvider} (roads of an OSM extract). Points that cannot be
 * reached are listed in {@link fr.allervers.routing.TravelMatrix#unreachable()}, never dropped.
 */
package fr.allervers.routing;
