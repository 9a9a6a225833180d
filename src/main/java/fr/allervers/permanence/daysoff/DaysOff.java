package fr.allervers.permanence.daysoff;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.allervers.permanence.domain.DayOff;
import fr.allervers.permanence.domain.DayOffKind;
import fr.allervers.permanence.domain.DayPart;
import fr.allervers.permanence.domain.FrenchPublicHolidays;
import fr.allervers.security.CurrentConsortium;
import fr.allervers.territory.Commune;
import fr.allervers.territory.Consortium;
import fr.allervers.territory.HalfDay;
import fr.allervers.territory.Territory;

/**
 * The days without permanence of the current consortium: its closing days, the school holidays of its zone when it
 * chose to stop then, and the public holidays (computed, {@link FrenchPublicHolidays}). Planning reads them through
 * {@link #daysOff}; everything is looked up within the consortium, so another consortium's ids answer 404.
 */
@Service
public class DaysOff {

    /** The school zones of the Ministry's calendar, as its « Zones » column writes them. */
    static final List<String> KNOWN_ZONES = List.of("Zone A", "Zone B", "Zone C", "Corse", "Guadeloupe", "Guyane",
            "Martinique", "Mayotte", "Réunion", "Nouvelle Calédonie", "Polynésie", "Saint Pierre et Miquelon",
            "Wallis et Futuna");
    static final int MAX_REASON_LENGTH = 120;
    static final int MAX_RANGE_DAYS = 800;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** The consortium's choices; the defaults when it made none. */
    record Settings(String schoolZone, boolean noPermanenceInSchoolHolidays) {
    }

    private final ClosingDayRepository closingDays;
    private final SchoolHolidayRepository schoolHolidays;
    private final DaysOffSettingsRepository settings;
    private final CurrentConsortium currentConsortium;

    DaysOff(ClosingDayRepository closingDays, SchoolHolidayRepository schoolHolidays,
            DaysOffSettingsRepository settings, CurrentConsortium currentConsortium) {
        this.closingDays = closingDays;
        this.schoolHolidays = schoolHolidays;
        this.settings = settings;
        this.currentConsortium = currentConsortium;
    }

    /**
     * What planning must leave free from {@code first} to {@code last}, on top of the public holidays the problem
     * adds itself: the closing days, and every day of the school holidays when the consortium stops then.
     */
    @Transactional(readOnly = true)
    public List<DayOff> daysOff(Consortium consortium, LocalDate first, LocalDate last) {
        List<DayOff> result = new ArrayList<>();
        closingDays.findBetween(consortium, first, last).forEach(c -> result.add(dayOff(c)));
        Settings chosen = settings(consortium);
        if (chosen.noPermanenceInSchoolHolidays() && chosen.schoolZone() != null) {
            for (SchoolHoliday holiday : schoolHolidays.findOverlapping(consortium, chosen.schoolZone(), first, last)) {
                LocalDate from = holiday.getFirstDay().isBefore(first) ? first : holiday.getFirstDay();
                LocalDate to = holiday.getLastDay().isAfter(last) ? last : holiday.getLastDay();
                from.datesUntil(to.plusDays(1)).forEach(d -> result.add(DayOff.wholeDay(d,
                        DayOffKind.SCHOOL_HOLIDAY, holiday.getDescription())));
            }
        }
        return result;
    }

    /**
     * The day off that keeps a place of this commune closed during the half-day, public holidays included, or null:
     * what a move by hand must not land on.
     */
    @Transactional(readOnly = true)
    public DayOff at(Consortium consortium, LocalDate date, DayPart halfDay, String communeInsee) {
        List<DayOff> all = new ArrayList<>(FrenchPublicHolidays.between(date, date));
        all.addAll(daysOff(consortium, date, date));
        return all.stream()
                .filter(off -> off.date().equals(date) && (off.halfDay() == null || off.halfDay() == halfDay))
                .filter(off -> off.appliesTo(communeInsee))
                .min(Comparator.comparing(DayOff::kind)).orElse(null);
    }

    // ---------- Closing days ----------

    @Transactional(readOnly = true)
    List<ClosingDay> closingDays(LocalDate from, LocalDate to) {
        // A consortium declares a handful a year: every one from a month back is listed, however far ahead.
        LocalDate first = from == null ? LocalDate.now(PARIS).minusMonths(1) : from;
        LocalDate last = to == null ? LocalDate.of(SchoolHolidayImporter.LAST_YEAR, 12, 31) : to;
        checkDates(first, last);
        return closingDays.findBetween(currentConsortium.get(), first, last);
    }

    @Transactional
    ClosingDay addClosingDay(LocalDate date, HalfDay halfDay, String reason) {
        if (date == null) {
            throw new IllegalArgumentException("la date est obligatoire (AAAA-MM-JJ)");
        }
        checkYear(date);
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("le motif de la fermeture est obligatoire (par exemple « pont » ou"
                    + " « réveillon »)");
        }
        if (text.length() > MAX_REASON_LENGTH) {
            throw new IllegalArgumentException("le motif ne peut pas dépasser " + MAX_REASON_LENGTH + " caractères");
        }
        Consortium consortium = currentConsortium.get();
        closingDays.findBetween(consortium, date, date).stream().filter(c -> c.overlaps(date, halfDay)).findFirst()
                .ifPresent(c -> {
                    throw new IllegalArgumentException("une fermeture est déjà déclarée le " + date
                            + (c.getHalfDay() == null ? "" : " " + DayPart.valueOf(c.getHalfDay().name()).french())
                            + " (« " + c.getReason() + " »)");
                });
        return closingDays.save(new ClosingDay(consortium, date, halfDay, text, username()));
    }

    @Transactional
    void removeClosingDay(long id) {
        closingDays.delete(closingDays.findInConsortium(currentConsortium.get(), id)
                .orElseThrow(() -> new NoSuchElementException("fermeture " + id + " introuvable")));
    }

    // ---------- Settings and school holidays ----------

    @Transactional(readOnly = true)
    Settings settings() {
        return settings(currentConsortium.get());
    }

    private Settings settings(Consortium consortium) {
        return settings.findById(consortium.getId())
                .map(s -> new Settings(s.getSchoolZone(), s.isNoPermanenceInSchoolHolidays()))
                .orElse(new Settings(null, false));
    }

    @Transactional
    Settings saveSettings(String schoolZone, Boolean noPermanenceInSchoolHolidays) {
        Consortium consortium = currentConsortium.get();
        String zone = schoolZone == null || schoolZone.isBlank() ? null : schoolZone.strip();
        if (zone != null && !zones(consortium).contains(zone)) {
            throw new IllegalArgumentException("zone scolaire inconnue : « " + zone + " » (" + String.join(", ",
                    zones(consortium)) + ")");
        }
        boolean stop = Boolean.TRUE.equals(noPermanenceInSchoolHolidays);
        if (stop && zone == null) {
            throw new IllegalArgumentException("choisissez la zone scolaire avant d'arrêter les permanences pendant"
                    + " les vacances scolaires");
        }
        DaysOffSettings row = settings.findById(consortium.getId()).orElseGet(() -> new DaysOffSettings(consortium.getId()));
        row.set(zone, stop);
        settings.save(row);
        return new Settings(zone, stop);
    }

    /** The known zones, then any other zone name found in the imported file. */
    @Transactional(readOnly = true)
    List<String> zones() {
        return zones(currentConsortium.get());
    }

    private List<String> zones(Consortium consortium) {
        List<String> result = new ArrayList<>(KNOWN_ZONES);
        schoolHolidays.zonesOf(consortium).stream().filter(z -> !result.contains(z)).forEach(result::add);
        return result;
    }

    @Transactional(readOnly = true)
    List<SchoolHoliday> schoolHolidays(String zone) {
        Consortium consortium = currentConsortium.get();
        String wanted = zone == null || zone.isBlank() ? settings(consortium).schoolZone() : zone.strip();
        return schoolHolidays.findOf(consortium).stream()
                .filter(h -> wanted == null || h.getZone().equals(wanted)).toList();
    }

    // ---------- Calendar ----------

    /** One entry of the calendar: a range of days off of one kind. */
    record CalendarEntry(LocalDate from, LocalDate to, HalfDay halfDay, DayOffKind kind, String label,
                         boolean permanencesHeld, Long closingDayId) {
    }

    /**
     * Everything that makes a day special from {@code from} to {@code to}: public holidays (with the local ones of the
     * territory's departments when a territory is given), closing days, and the school holidays of the consortium's
     * zone, marked {@code permanencesHeld} when the consortium keeps working then.
     */
    @Transactional(readOnly = true)
    List<CalendarEntry> calendar(LocalDate from, LocalDate to, Territory territory) {
        checkRange(from, to);
        Consortium consortium = currentConsortium.get();
        Set<String> departments = territory == null ? Set.of() : territory.getCommunes().stream()
                .map(Commune::getInsee).map(DayOff::department).collect(Collectors.toSet());
        List<CalendarEntry> result = new ArrayList<>();
        FrenchPublicHolidays.between(from, to).stream()
                .filter(h -> h.departments().isEmpty() || h.departments().stream().anyMatch(departments::contains))
                .forEach(h -> result.add(new CalendarEntry(h.date(), h.date(), null, DayOffKind.PUBLIC_HOLIDAY,
                        h.label(), false, null)));
        closingDays.findBetween(consortium, from, to).forEach(c -> result.add(new CalendarEntry(c.getDate(),
                c.getDate(), c.getHalfDay(), DayOffKind.CLOSING, c.getReason(), false, c.getId())));
        Settings chosen = settings(consortium);
        if (chosen.schoolZone() != null) {
            schoolHolidays.findOverlapping(consortium, chosen.schoolZone(), from, to).forEach(h -> result.add(
                    new CalendarEntry(h.getFirstDay(), h.getLastDay(), null, DayOffKind.SCHOOL_HOLIDAY,
                            h.getDescription(), !chosen.noPermanenceInSchoolHolidays(), null)));
        }
        result.sort(Comparator.comparing(CalendarEntry::from).thenComparing(CalendarEntry::kind));
        return result;
    }

    private static DayOff dayOff(ClosingDay closing) {
        return new DayOff(closing.getDate(),
                closing.getHalfDay() == null ? null : DayPart.valueOf(closing.getHalfDay().name()),
                DayOffKind.CLOSING, closing.getReason(), Set.of());
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        checkDates(from, to);
        if (ChronoUnit.DAYS.between(from, to) > MAX_RANGE_DAYS) {
            throw new IllegalArgumentException("la période ne peut pas dépasser " + MAX_RANGE_DAYS + " jours");
        }
    }

    private static void checkDates(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new IllegalArgumentException("les dates from et to sont obligatoires (AAAA-MM-JJ)");
        }
        checkYear(from);
        checkYear(to);
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("la date de début (" + from + ") est après la date de fin (" + to + ")");
        }
    }

    private static void checkYear(LocalDate date) {
        if (date.getYear() < SchoolHolidayImporter.FIRST_YEAR || date.getYear() > SchoolHolidayImporter.LAST_YEAR) {
            throw new IllegalArgumentException("la date " + date + " est hors des années "
                    + SchoolHolidayImporter.FIRST_YEAR + " à " + SchoolHolidayImporter.LAST_YEAR);
        }
    }

    private static String username() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? null : authentication.getName();
    }
}
