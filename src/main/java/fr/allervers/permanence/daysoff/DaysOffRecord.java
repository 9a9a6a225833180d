package fr.allervers.permanence.daysoff;

import fr.allervers.territory.Consortium;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * What a closing day and a school holiday share: a generated id and the consortium they belong to. Not a
 * {@link fr.allervers.territory.ConsortiumOwned}: they have no spreadsheet reference, no version and are never
 * archived (a closing day is removed outright, a school holiday is replaced by the next import), so their tables
 * (V83) have none of those columns.
 */
@MappedSuperclass
abstract class DaysOffRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consortium_id")
    private Consortium consortium;

    protected DaysOffRecord() {
    }

    DaysOffRecord(Consortium consortium) {
        this.consortium = consortium;
    }

    Long getId() {
        return id;
    }
}
