package fr.allervers.territory;

import java.util.Objects;

import org.locationtech.jts.geom.Point;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/**
 * An emergency hotel where the 115 shelters families. Its location is confidential: it never leaves the
 * consortium, and funders only ever see aggregates.
 */
@Entity
public class Hotel extends ConsortiumOwned {

    private String name;

    private String communeInsee;

    private int capacityHouseholds;

    /** Visiting windows, e.g. {@code "10:00-12:00 14:00-18:00"}. */
    private String visitingHours;

    /** How often a maraude should see it, in days; null when there is no rule. */
    private Integer visitEveryDays;

    @Column(name = "geom")
    private Point location;

    protected Hotel() {
    }

    public Hotel(Consortium consortium, String ref) {
        super(consortium, ref);
    }

    public boolean update(String name, String communeInsee, int capacityHouseholds, VisitingHours visitingHours,
            Integer visitEveryDays, Point location) {
        boolean changed = !Objects.equals(this.name, name) || !Objects.equals(this.communeInsee, communeInsee)
                || this.capacityHouseholds != capacityHouseholds
                || !Objects.equals(this.visitingHours, visitingHours.canonical())
                || !Objects.equals(this.visitEveryDays, visitEveryDays) || !SameGeometry.test(this.location, location);
        this.name = name;
        this.communeInsee = communeInsee;
        this.capacityHouseholds = capacityHouseholds;
        this.visitingHours = visitingHours.canonical();
        this.visitEveryDays = visitEveryDays;
        this.location = location;
        return changed;
    }

    public String getName() {
        return name;
    }

    public String getCommuneInsee() {
        return communeInsee;
    }

    public int getCapacityHouseholds() {
        return capacityHouseholds;
    }

    public VisitingHours getVisitingHours() {
        return VisitingHours.parse(visitingHours);
    }

    public Integer getVisitEveryDays() {
        return visitEveryDays;
    }

    public Point getLocation() {
        return location;
    }
}
