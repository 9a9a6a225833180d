package fr.allervers.territory;

import java.util.Objects;

import org.locationtech.jts.geom.Point;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A place where a permanence can be held: a square where the van parks, a centre social, a day centre. */
@Entity
public class Place extends ConsortiumOwned {

    private String name;

    @Enumerated(EnumType.STRING)
    private PlaceKind kind;

    private String communeInsee;

    private boolean vanAccessible;

    /** Canonical {@link WeeklyHalfDays} text. */
    private String opening;

    @Column(name = "geom")
    private Point location;

    protected Place() {
    }

    public Place(Consortium consortium, String ref) {
        super(consortium, ref);
    }

    public boolean update(String name, PlaceKind kind, String communeInsee, boolean vanAccessible,
            WeeklyHalfDays opening, Point location) {
        boolean changed = !Objects.equals(this.name, name) || this.kind != kind
                || !Objects.equals(this.communeInsee, communeInsee) || this.vanAccessible != vanAccessible
                || !Objects.equals(this.opening, opening.canonical()) || !SameGeometry.test(this.location, location);
        this.name = name;
        this.kind = kind;
        this.communeInsee = communeInsee;
        this.vanAccessible = vanAccessible;
        this.opening = opening.canonical();
        this.location = location;
        return changed;
    }

    public String getName() {
        return name;
    }

    public PlaceKind getKind() {
        return kind;
    }

    public String getCommuneInsee() {
        return communeInsee;
    }

    public boolean isVanAccessible() {
        return vanAccessible;
    }

    public WeeklyHalfDays getOpening() {
        return WeeklyHalfDays.parse(opening);
    }

    public Point getLocation() {
        return location;
    }
}
