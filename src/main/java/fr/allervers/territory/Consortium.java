package fr.allervers.territory;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** Member organisations that share a territory and a plan; the unit of data isolation (tenant). */
@Entity
public class Consortium {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    /** Ends the user names its admins create, so that no name they pick can collide with another consortium's. */
    private String code;

    protected Consortium() {
    }

    public Consortium(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    /** Null until {@link #assignCode} gives it. */
    public String getCode() {
        return code;
    }

    public void assignCode(String code) {
        if (this.code != null) {
            throw new IllegalStateException("a consortium's code never changes: user names end with it");
        }
        this.code = code;
    }
}
