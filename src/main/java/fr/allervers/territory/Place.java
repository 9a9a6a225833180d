package fr.allervers.territory;

import java.time.LocalDate;
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

    /** A temporary place is used only between these dates, both included; null: no limit on that side. */
    private LocalDate availableFrom;

    private LocalDate availableTo;

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

    /** @return whether the dates changed; the import has checked that {@code from} is not after {@code to} */
    public boolean availableBetween(LocalDate from, LocalDate to) {
        boolean changed = !Objects.equals(availableFrom, from) || !Objects.equals(availableTo, to);
        this.availableFrom = from;
        this.availableTo = to;
        return changed;
    }

    /** Whether a temporary place exists on that day (always true for a permanent one). */
    public boolean isAvailableOn(LocalDate day) {
        return (availableFrom == null || !day.isBefore(availableFrom)) && (availableTo == null || !day.isAfter(availableTo));
    }

    public LocalDate getAvailableFrom() {
        return availableFrom;
    }

    public LocalDate getAvailableTo() {
        return availableTo;
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
