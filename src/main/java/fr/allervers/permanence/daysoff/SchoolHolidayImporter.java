package fr.allervers.permanence.daysoff;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import fr.allervers.imports.ImportKind;
import fr.allervers.imports.ImportOptions;
import fr.allervers.imports.ImportReport;
import fr.allervers.imports.Importer;
import fr.allervers.imports.SourceRecord;
import fr.allervers.territory.Consortium;

/**
 * {@code POST /api/imports/school-holidays}: the Ministry's open dataset « Calendrier scolaire »
 * ({@code fr-en-calendrier-scolaire}) exported as CSV, read by the territory import's readers so that the same
 * refusals apply and nothing of a bad file is written. Columns: {@code Description}, {@code Population},
 * {@code Date de début}, {@code Date de fin}, {@code Zones}, {@code annee_scolaire} (the JSON export's names
 * {@code start_date}, {@code end_date} are accepted too). As in the dataset, « Date de fin » is the day school starts
 * again: the last day off is the day before. Lines for teachers only and lines without an end are read and ignored.
 */
@Component
class SchoolHolidayImporter implements Importer<SchoolHolidayRow> {

    static final String[] DESCRIPTION = {"description"};
    static final String[] POPULATION = {"population"};
    static final String[] START = {"date de début", "date de debut", "start_date"};
    static final String[] END = {"date de fin", "end_date"};
    static final String[] ZONE = {"zones", "zone"};
    static final String[] LOCATION = {"location", "académie", "academie"};
    static final String[] SCHOOL_YEAR = {"annee_scolaire", "année scolaire", "annee scolaire"};

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final SchoolHolidayRepository holidays;

    SchoolHolidayImporter(SchoolHolidayRepository holidays) {
        this.holidays = holidays;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.SCHOOL_HOLIDAYS;
    }

    @Override
    public String describe(SourceRecord record) {
        String description = record.text(DESCRIPTION);
        String zone = record.text(ZONE);
        return description == null ? null : description + (zone == null ? "" : " (" + zone + ")");
    }

    @Override
    public String key(SchoolHolidayRow row) {
        return row.key();
    }

    @Override
    public SchoolHolidayRow parse(SourceRecord record, ImportOptions options) {
        String description = record.required("la description des vacances", DESCRIPTION);
        String zone = record.required("la zone (Zone A, Zone B, Zone C, Corse…)", ZONE);
        String population = record.text(POPULATION);
        LocalDate start = date(record, "date de début", record.required("la date de début", START), false);
        String endText = record.text(END);
        LocalDate lastDay = endText == null ? null : date(record, "date de fin", endText, true);
        if (description.length() > 200 || zone.length() > 60) {
            throw record.reject(null, "description ou zone trop longue (200 et 60 caractères au plus)");
        }
        if (lastDay != null && lastDay.isBefore(start)) {
            throw record.reject(null, "la date de fin (" + endText + ") n'est pas après la date de début");
        }
        String ignored = null;
        if (population != null && population.toLowerCase(Locale.ROOT).startsWith("enseignant")) {
            ignored = "enseignants seulement, ignoré";
        } else if (lastDay == null) {
            ignored = "sans date de fin, ignoré";
        }
        String key = String.join("|", zone, description, start.toString(), String.valueOf(record.text(LOCATION)),
                String.valueOf(population));
        return new SchoolHolidayRow(record.number(), zone, description, start, lastDay, record.text(SCHOOL_YEAR),
                key, ignored);
    }

    /**
     * The dataset writes local midnight as an instant, e.g. {@code 2024-12-20T23:00:00+00:00} for 21 December in
     * Paris, and the overseas zones at their own midnight; rounding to the nearest UTC midnight gives the intended
     * day for any offset within twelve hours, without knowing the zone's time zone.
     */
    private static LocalDate date(SourceRecord record, String what, String text, boolean resumptionDay) {
        LocalDate date;
        try {
            if (text.length() > 10 && text.charAt(10) == 'T') {
                date = OffsetDateTime.parse(text).plusHours(12).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
            } else if (text.contains("/")) {
                date = LocalDate.parse(text, FRENCH_DATE);
            } else {
                date = LocalDate.parse(text);
            }
        } catch (DateTimeParseException e) {
            throw record.reject(null, what + " illisible : « " + text + " » (AAAA-MM-JJ, JJ/MM/AAAA ou la date"
                    + " du fichier officiel)");
        }
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw record.reject(null, what + " hors des années " + FIRST_YEAR + " à " + LAST_YEAR + " : « " + text
                    + " »");
        }
        return resumptionDay ? date.minusDays(1) : date;
    }

    /** Upserts one row per zone and holiday: a re-import of the same file changes nothing. */
    @Override
    public ImportReport save(List<SchoolHolidayRow> rows, Consortium consortium) {
        List<ImportReport.Skipped> skipped = new ArrayList<>();
        Map<String, SchoolHolidayRow> wanted = new LinkedHashMap<>();
        for (SchoolHolidayRow row : rows) {
            if (row.ignored() != null) {
                skipped.add(new ImportReport.Skipped("ligne " + row.number() + " (" + row.description() + ", "
                        + row.zone() + ")", row.ignored()));
                continue;
            }
            wanted.merge(row.holidayKey(), row, (a, b) -> b.lastDay().isAfter(a.lastDay()) ? b : a);
        }
        Map<String, SchoolHoliday> existing = new HashMap<>();
        holidays.findOf(consortium).forEach(h -> existing.put(h.getZone() + "|" + h.getDescription() + "|"
                + h.getFirstDay(), h));
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (Map.Entry<String, SchoolHolidayRow> entry : wanted.entrySet()) {
            SchoolHoliday holiday = existing.get(entry.getKey());
            if (holiday == null) {
                holidays.save(new SchoolHoliday(consortium, entry.getValue()));
                created++;
            } else if (holiday.update(entry.getValue())) {
                updated++;
            } else {
                unchanged++;
            }
        }
        return new ImportReport(created, updated, unchanged, List.of(), skipped);
    }
}
