package fr.allervers.permanence.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.allervers.permanence.domain.FrenchPublicHolidays.PublicHoliday;

class FrenchPublicHolidaysTest {

    /** Easter Sunday, Ascension Thursday and Whit Monday as published (service-public.fr calendars). */
    @ParameterizedTest
    @CsvSource({
            "2024-03-31, 2024-05-09, 2024-05-20",
            "2025-04-20, 2025-05-29, 2025-06-09",
            "2026-04-05, 2026-05-14, 2026-05-25",
            "2027-03-28, 2027-05-06, 2027-05-17",
            "2028-04-16, 2028-05-25, 2028-06-05",
            "2029-04-01, 2029-05-10, 2029-05-21",
            "2030-04-21, 2030-05-30, 2030-06-10"})
    void movableFeastsFollowEaster(LocalDate easter, LocalDate ascension, LocalDate whitMonday) {
        int year = easter.getYear();
        assertThat(FrenchPublicHolidays.easterSunday(year)).isEqualTo(easter);
        assertThat(national(year)).contains(easter.plusDays(1), ascension, whitMonday);
        assertThat(name(year, easter.plusDays(1))).isEqualTo("lundi de Pâques");
        assertThat(name(year, ascension)).isEqualTo("Ascension");
        assertThat(name(year, whitMonday)).isEqualTo("lundi de Pentecôte");
        assertThat(ascension.getDayOfWeek()).hasToString("THURSDAY");
    }

    /** The extremes of the Gregorian computus: 22 March (1818, 2285) and 25 April (1943, 2038). */
    @ParameterizedTest
    @CsvSource({"1818-03-22", "1943-04-25", "2000-04-23", "2038-04-25", "2285-03-22"})
    void easterOnTheEdgesOfItsRange(LocalDate easter) {
        assertThat(FrenchPublicHolidays.easterSunday(easter.getYear())).isEqualTo(easter);
    }

    @Test
    void elevenNationalHolidaysEveryYear() {
        for (int year = 2000; year <= 2100; year++) {
            int expectedYear = year;
            assertThat(national(year)).as("year %d", year).hasSize(11)
                    .allMatch(d -> d.getYear() == expectedYear);
        }
        // Ascension can fall on 1 May: both names stay, the date is off once.
        assertThat(FrenchPublicHolidays.of(2008)).filteredOn(h -> h.date().equals(LocalDate.of(2008, 5, 1)))
                .extracting(PublicHoliday::name).containsExactlyInAnyOrder("fête du Travail", "Ascension");
        assertThat(national(2026)).containsExactly(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 8), LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 25),
                LocalDate.of(2026, 7, 14), LocalDate.of(2026, 8, 15), LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 11), LocalDate.of(2026, 12, 25));
    }

    @Test
    void alsaceMoselleAndOverseasHolidaysOnlyApplyInTheirDepartments() {
        DayOff goodFriday = FrenchPublicHolidays.between(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 3)).get(0);
        assertThat(goodFriday.label()).isEqualTo("Vendredi saint");
        assertThat(goodFriday.appliesTo("57463")).as("Metz").isTrue();
        assertThat(goodFriday.appliesTo("67482")).as("Strasbourg").isTrue();
        assertThat(goodFriday.appliesTo("54395")).as("Nancy").isFalse();
        assertThat(goodFriday.appliesTo("69123")).as("Lyon").isFalse();

        DayOff stStephen = FrenchPublicHolidays.between(LocalDate.of(2026, 12, 26), LocalDate.of(2026, 12, 26))
                .get(0);
        assertThat(stStephen.departments()).containsExactlyInAnyOrder("57", "67", "68");

        DayOff reunion = FrenchPublicHolidays.between(LocalDate.of(2026, 12, 20), LocalDate.of(2026, 12, 20)).get(0);
        assertThat(reunion.label()).isEqualTo("abolition de l'esclavage");
        assertThat(reunion.appliesTo("97411")).as("Saint-Denis de La Réunion").isTrue();
        assertThat(reunion.appliesTo("97209")).as("Fort-de-France").isFalse();
        assertThat(reunion.appliesTo("2A004")).as("Ajaccio").isFalse();
    }

    @Test
    void betweenSpansTheTurnOfTheYear() {
        List<DayOff> christmas = FrenchPublicHolidays.between(LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 8));
        assertThat(christmas).extracting(DayOff::date, DayOff::label).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 12, 25), "Noël"),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 12, 26), "Saint-Étienne"),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 1, 1), "jour de l'an"));
        assertThat(christmas).allMatch(off -> off.kind() == DayOffKind.PUBLIC_HOLIDAY && off.halfDay() == null);
    }

    private static List<LocalDate> national(int year) {
        return FrenchPublicHolidays.of(year).stream().filter(h -> h.departments().isEmpty())
                .map(PublicHoliday::date).toList();
    }

    private static String name(int year, LocalDate date) {
        return FrenchPublicHolidays.of(year).stream().filter(h -> h.date().equals(date) && h.departments().isEmpty())
                .map(PublicHoliday::name).findFirst().orElseThrow();
    }
}
