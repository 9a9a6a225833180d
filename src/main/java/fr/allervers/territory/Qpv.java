package fr.allervers.territory;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.locationtech.jts.geom.MultiPolygon;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;

/** A quartier prioritaire de la politique de la ville (list of 2024), keyed by its {@code code_qp}. */
@Entity
public class Qpv {

    @Id
    @Column(name = "code_qp")
    private String code;

    private String name;

    private Integer population;

    @Column(name = "geom")
    private MultiPolygon geometry;

    private String properties;

    /** Host communes (COG 2024): a QPV can span several. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "qpv_commune", joinColumns = @JoinColumn(name = "code_qp"))
    @Column(name = "insee")
    private Set<String> communeInsees = new TreeSet<>();

    protected Qpv() {
    }

    public Qpv(String code) {
        this.code = code;
    }

    public boolean update(String name, Integer population, Set<String> communeInsees, MultiPolygon geometry,
            String properties) {
        boolean changed = !Objects.equals(this.name, name) || !Objects.equals(this.population, population)
                || !Objects.equals(new TreeSet<>(this.communeInsees), new TreeSet<>(communeInsees))
                || !Objects.equals(this.properties, properties) || !SameGeometry.test(this.geometry, geometry);
        this.name = name;
        this.population = population;
        this.communeInsees.clear();
        this.communeInsees.addAll(communeInsees);
        this.geometry = geometry;
        this.properties = properties;
        return changed;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Integer getPopulation() {
        return population;
    }

    public MultiPolygon getGeometry() {
        return geometry;
    }

    public String getProperties() {
        return properties;
    }

    public Set<String> getCommuneInsees() {
        return communeInsees;
    }
}
