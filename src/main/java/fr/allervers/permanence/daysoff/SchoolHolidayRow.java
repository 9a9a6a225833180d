package fr.allervers.permanence.daysoff;

import java.time.LocalDate;

/**
 * One line of the Ministry's school calendar, read: a holiday of one zone from its first to its last day off school.
 *
 * @param ignored why the line is read but not kept (teachers only, no end date), or null
 */
record SchoolHolidayRow(int number, String zone, String description, LocalDate firstDay, LocalDate lastDay,
                        String schoolYear, String key, String ignored) {

    /** One holiday per zone: the file repeats it for every académie of the zone. */
    String holidayKey() {
        return zone + "|" + description + "|" + firstDay;
    }
}
