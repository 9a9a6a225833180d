package fr.allervers.territory;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A member association (structure) of a consortium. */
@Entity
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consortium_id")
    private Consortium consortium;

    protected Organisation() {
    }

    public Organisation(String name, Consortium consortium) {
        this.name = name;
        this.consortium = consortium;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Consortium getConsortium() {
        return consortium;
    }
}
