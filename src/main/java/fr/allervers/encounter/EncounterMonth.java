package fr.allervers.encounter;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * Monthly counts per commune, public and outcome, kept up to date as encounters are stored. The retention purge
 * deletes encounters, never these counts, so funder reports over old months stay right.
 */
@Entity
@Table(name = "encounter_month")
public class EncounterMonth {

    /** {@code communeInsee} is empty (not null, it is part of the key) when the point lies in no known commune. */
    @Embeddable
    public record Key(@Column(name = "consortium_id") Long consortiumId, LocalDate monthStart, String communeInsee,
            @Enumerated(EnumType.STRING) EncounterCategory category,
            @Enumerated(EnumType.STRING) EncounterOutcome outcome) implements Serializable {
    }

    @EmbeddedId
    private Key key;

    private int encounters;

    private int people;

    protected EncounterMonth() {
    }

    EncounterMonth(Key key) {
        this.key = key;
    }

    void add(int encounters, int people) {
        this.encounters += encounters;
        this.people += people;
    }

    public Key getKey() {
        return key;
    }

    public int getEncounters() {
        return encounters;
    }

    public int getPeople() {
        return people;
    }
}
