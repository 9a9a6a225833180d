package fr.allervers.routing;

/**
 * A requested point that the provider could not connect to the others; the reason is in French because it
 * ends up in the plan explanation shown to the project lead.
 */
public record UnreachablePoint(int index, LonLat point, String reason) {
}
