package fr.allervers.permanence.daysoff;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A consortium's choices about days off: its school zone, and whether permanences stop during school holidays (off by
 * default: young people out of school are the ones the programme looks for). No row means the defaults.
 */
@Entity
class DaysOffSettings {

    @Id
    @Column(name = "consortium_id")
    private Long consortiumId;

    @Column(name = "school_zone")
    private String schoolZone;

    @Column(name = "no_permanence_in_school_holidays")
    private boolean noPermanenceInSchoolHolidays;

    private OffsetDateTime updatedAt;

    protected DaysOffSettings() {
    }

    DaysOffSettings(long consortiumId) {
        this.consortiumId = consortiumId;
    }

    void set(String schoolZone, boolean noPermanenceInSchoolHolidays) {
        this.schoolZone = schoolZone;
        this.noPermanenceInSchoolHolidays = noPermanenceInSchoolHolidays;
        this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    String getSchoolZone() {
        return schoolZone;
    }

    boolean isNoPermanenceInSchoolHolidays() {
        return noPermanenceInSchoolHolidays;
    }
}
