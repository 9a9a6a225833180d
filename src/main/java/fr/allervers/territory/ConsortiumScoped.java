package fr.allervers.territory;

import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * A row that belongs to one consortium: a generated {@code id} and its {@code consortium_id}, on which every query
 * filters. {@link ConsortiumOwned} adds what imported, editable items need (reference, version, archiving); data
 * without those, such as closing days, extends this directly.
 */
@MappedSuperclass
public abstract class ConsortiumScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consortium_id")
    private Consortium consortium;

    protected ConsortiumScoped() {
    }

    protected ConsortiumScoped(Consortium consortium) {
        this.consortium = consortium;
    }

    public Long getId() {
        return id;
    }

    public Consortium getConsortium() {
        return consortium;
    }
}
