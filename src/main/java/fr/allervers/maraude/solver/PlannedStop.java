package fr.allervers.maraude.solver;

import java.time.LocalTime;

/** One stop of a team's round; times are seconds from the start of the planning day. */
public record PlannedStop(String visitId, String name, long arrival, long serviceStart, long departure) {

    public LocalTime arrivalTime() {
        return LocalTime.ofSecondOfDay(arrival);
    }

    public LocalTime serviceStartTime() {
        return LocalTime.ofSecondOfDay(serviceStart);
    }

    public LocalTime departureTime() {
        return LocalTime.ofSecondOfDay(departure);
    }
}
