package fr.allervers.permanence.daysoff;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import fr.allervers.territory.Consortium;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** One school holiday of one zone, from its first to its last day off school (both included). */
@Entity
class SchoolHoliday {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consortium_id")
    private Consortium consortium;

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
        this.consortium = consortium;
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
