package fr.allervers.territory;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;

/** The set of communes a consortium covers. */
@Entity
public class Territory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private boolean demo;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consortium_id")
    private Consortium consortium;

    @ManyToMany
    @JoinTable(name = "territory_commune", joinColumns = @JoinColumn(name = "territory_id"),
            inverseJoinColumns = @JoinColumn(name = "insee"))
    @OrderBy("name")
    private Set<Commune> communes = new LinkedHashSet<>();

    protected Territory() {
    }

    public Territory(String name, Consortium consortium, boolean demo) {
        this.name = name;
        this.consortium = consortium;
        this.demo = demo;
    }

    public void addCommune(Commune commune) {
        communes.add(commune);
    }

    public void rename(String name) {
        this.name = name;
    }

    /**
     * Replaces the communes covered. The monthly targets set for a commune that leaves are kept (they apply again if
     * it comes back), and plans already made are not changed.
     */
    public void replaceCommunes(Collection<Commune> covered) {
        communes.clear();
        communes.addAll(covered);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public boolean isDemo() {
        return demo;
    }

    public Consortium getConsortium() {
        return consortium;
    }

    public Set<Commune> getCommunes() {
        return communes;
    }
}
