package fr.allervers.territory;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * A member association (structure) of a consortium. One that leaves is archived, never deleted: what was recorded
 * for it keeps its name, but it is no longer offered for new accounts, staff or encounters.
 */
@Entity
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consortium_id")
    private Consortium consortium;

    private Instant archivedAt;

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

    public void rename(String name) {
        this.name = name;
    }

    public boolean isArchived() {
        return archivedAt != null;
    }

    public Instant getArchivedAt() {
        return archivedAt;
    }

    /** Archives it, or brings it back when {@code archived} is false; archiving twice keeps the first date. */
    public void setArchived(boolean archived) {
        if (!archived) {
            archivedAt = null;
        } else if (archivedAt == null) {
            archivedAt = Instant.now();
        }
    }
}
