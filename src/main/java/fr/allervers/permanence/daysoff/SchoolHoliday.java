package fr.allervers.permanence.daysoff;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import fr.allervers.territory.Consortium;
import fr.allervers.territory.ConsortiumScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** One school holiday of one zone, from its first to its last day off school (both included). */
@Entity
class SchoolHoliday extends ConsortiumScoped {

    @Column(name = "school_zone")
    private String zone;

    private String description;

    private LocalDate firstDay;

    private LocalDate lastDay;

    private String schoolYear;

    private OffsetDateTime importedAt;

    protected SchoolHoliday() {
    }

    SchoolHoliday(Consortium consortium, SchoolHolidayRow row) {
        super(consortium);
        this.zone = row.zone();
        this.description = row.description();
        this.firstDay = row.firstDay();
        update(row);
    }

    /** @return whether anything changed */
    boolean update(SchoolHolidayRow row) {
        boolean changed = !row.lastDay().equals(lastDay) || !java.util.Objects.equals(row.schoolYear(), schoolYear);
        this.lastDay = row.lastDay();
        this.schoolYear = row.schoolYear();
        if (changed) {
            this.importedAt = OffsetDateTime.now(ZoneOffset.UTC);
        }
        return changed;
    }

    String getZone() {
        return zone;
    }

    String getDescription() {
        return description;
    }

    LocalDate getFirstDay() {
        return firstDay;
    }

    LocalDate getLastDay() {
        return lastDay;
    }

    String getSchoolYear() {
        return schoolYear;
    }
}
