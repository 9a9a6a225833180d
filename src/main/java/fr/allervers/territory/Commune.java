package fr.allervers.territory;

import java.util.Objects;

import org.locationtech.jts.geom.MultiPolygon;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A municipality, keyed by its INSEE code: the unit of targets and reporting. Public reference data. */
@Entity
public class Commune {

    @Id
    private String insee;

    private String name;

    private Integer population;

    @Column(name = "geom")
    private MultiPolygon geometry;

    /** The file's properties as imported (JSON), returned unchanged by the layer API. */
    private String properties;

    protected Commune() {
    }

    public Commune(String insee) {
        this.insee = insee;
    }

    /** @return whether anything changed, so that re-importing the same file reports "unchanged". */
    public boolean update(String name, Integer population, MultiPolygon geometry, String properties) {
        boolean changed = !Objects.equals(this.name, name) || !Objects.equals(this.population, population)
                || !Objects.equals(this.properties, properties) || !SameGeometry.test(this.geometry, geometry);
        this.name = name;
        this.population = population;
        this.geometry = geometry;
        this.properties = properties;
        return changed;
    }

    public String getInsee() {
        return insee;
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
}
