package fr.allervers.territory;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * Data that belongs to one consortium ({@link ConsortiumScoped}) and is keyed, inside it, by the reference the
 * coordinators use in their own spreadsheets ({@code ref}), so that importing the same list again updates rather than
 * duplicates.
 * <p>
 * Each row carries a version, so that two people editing the same item cannot overwrite each other, and may be
 * archived: an archived item stays for the plans and reports that name it, but is no longer offered anywhere.
 */
@MappedSuperclass
public abstract class ConsortiumOwned extends ConsortiumScoped {

    @Column(name = "ref")
    private String ref;

    @Version
    private long version;

    private Instant archivedAt;

    protected ConsortiumOwned() {
    }

    protected ConsortiumOwned(Consortium consortium, String ref) {
        super(consortium);
        this.ref = ref;
    }

    public String getRef() {
        return ref;
    }

    public long getVersion() {
        return version;
    }

    public boolean isArchived() {
        return archivedAt != null;
    }

    /** When it was taken out of use; null while it is in use. */
    public Instant getArchivedAt() {
        return archivedAt;
    }

    /** Takes it out of use; archiving again keeps the first date. */
    public void archive(Instant when) {
        if (archivedAt == null) {
            archivedAt = when;
        }
    }

    public void restore() {
        archivedAt = null;
    }
}
