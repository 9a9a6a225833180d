package fr.allervers.maraude.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How often a place must be visited (e.g. each 115 hotel at least every 14 days). A place whose last visit is as
 * old as its frequency, or that was never visited, is due: its visit becomes mandatory for the day planned.
 */
public record VisitFrequency(int everyDays) {

    public VisitFrequency {
        if (everyDays < 1) {
            throw new IllegalArgumentException("A visit frequency is at least one day");
        }
    }

    public boolean isDue(LocalDate lastVisit, LocalDate plannedDay) {
        return lastVisit == null || ChronoUnit.DAYS.between(lastVisit, plannedDay) >= everyDays;
    }
}
