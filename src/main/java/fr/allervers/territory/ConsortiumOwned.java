package fr.allervers.territory;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * Data that belongs to one consortium and is keyed, inside it, by the reference the coordinators use in their
 * own spreadsheets ({@code ref}), so that importing the same list again updates rather than duplicates.
 */
@MappedSuperclass
public abstract class ConsortiumOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consortium_id")
    private Consortium consortium;

    @Column(name = "ref")
    private String ref;

    protected ConsortiumOwned() {
    }

    protected ConsortiumOwned(Consortium consortium, String ref) {
        this.consortium = consortium;
        this.ref = ref;
    }

    public Long getId() {
        return id;
    }

    public Consortium getConsortium() {
        return consortium;
    }

    public String getRef() {
        return ref;
    }
}
