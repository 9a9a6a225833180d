package fr.allervers.permanence.plan;

import java.time.LocalDate;

import fr.allervers.permanence.domain.DayPart;
import fr.allervers.permanence.solver.FrenchText;

/** Days as the field reads them: « mardi 8 décembre », « mardi 1er décembre », « mardi 8 décembre matin ». */
final class FrenchDates {

    private FrenchDates() {
    }

    /** One way of writing a day everywhere: the solver's sentences already use {@link FrenchText#day}. */
    static String day(LocalDate date) {
        return FrenchText.day(date);
    }

    static String slot(LocalDate date, DayPart halfDay) {
        return day(date) + " " + halfDay.french();
    }
}
