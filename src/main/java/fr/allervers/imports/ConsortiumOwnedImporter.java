package fr.allervers.imports;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.jpa.repository.JpaRepository;

import fr.allervers.territory.Consortium;
import fr.allervers.territory.ConsortiumOwned;

/**
 * The lists a consortium keeps itself (places, hotels, staff, vans): matched by the coordinators' own
 * {@code ref} inside the consortium, created when new, updated when changed. A row whose item was archived in the
 * editor is left alone and reported as « archivé, ignoré »: an old spreadsheet never brings back a place that was
 * closed or a colleague who left (the editor restores it when that is really meant).
 *
 * @param <R> a parsed row
 * @param <E> the entity it updates
 */
abstract class ConsortiumOwnedImporter<R extends ConsortiumOwnedImporter.RefRow, E extends ConsortiumOwned>
        implements Importer<R> {

    /** A parsed row, known by its reference. */
    interface RefRow {
        String ref();
    }

    private final JpaRepository<E, Long> repository;

    ConsortiumOwnedImporter(JpaRepository<E, Long> repository) {
        this.repository = repository;
    }

    /** The consortium's existing records of this kind. */
    abstract List<E> existing(Consortium consortium);

    abstract E create(Consortium consortium, String ref);

    /** Copies the row into the entity; returns whether anything changed. */
    abstract boolean apply(E entity, R row, Consortium consortium);

    @Override
    public String describe(SourceRecord record) {
        String ref = record.text(Refs.REF);
        return ref == null ? null : "ref " + ref;
    }

    @Override
    public String key(R row) {
        return row.ref();
    }

    @Override
    public ImportReport save(List<R> rows, Consortium consortium) {
        Map<String, E> byRef = existing(consortium).stream()
                .collect(Collectors.toMap(ConsortiumOwned::getRef, Function.identity()));
        Tally tally = new Tally();
        for (R row : rows) {
            E entity = byRef.get(row.ref());
            if (entity != null && entity.isArchived()) {
                tally.skipped("ref " + row.ref(), ImportReport.ARCHIVED);
                continue;
            }
            boolean isNew = entity == null;
            if (isNew) {
                entity = create(consortium, row.ref());
            }
            boolean changed = apply(entity, row, consortium);
            if (isNew) {
                repository.save(entity);
            }
            tally.record(isNew, changed);
        }
        return tally.report();
    }
}
