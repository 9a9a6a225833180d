package fr.allervers.maraude.solver;

/** A visit no round takes, with the reason in French as shown to the project lead. */
public record LeftOutVisit(String visitId, String name, boolean mandatory, String reason) {
}
