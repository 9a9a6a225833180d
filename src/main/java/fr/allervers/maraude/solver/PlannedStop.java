package fr.allervers.maraude.solver;

import java.time.LocalTime;

/**
 * One stop of a team's round; times are seconds from the start of the planning day. {@code arrival} is when the team
 * is there ready to work (after its lunch break if it takes it just before); it waits until {@code serviceStart}
 * when the place opens later.
 */
public record PlannedStop(String visitId, String name, long arrival, long serviceStart, long departure) {

    /** Seconds waited on site for the place to open. */
    public long waitSeconds() {
        return serviceStart - arrival;
    }

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
