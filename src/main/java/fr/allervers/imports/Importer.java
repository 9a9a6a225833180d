package fr.allervers.imports;

import java.util.List;

import fr.allervers.territory.Consortium;

/**
 * One kind of file; public so that a feature package can add its own kind (encounters). Parsing checks every record before anything is written, so that a bad line refuses the
 * whole file; saving upserts by natural key and counts what changed.
 *
 * @param <R> a parsed, valid row
 */
public interface Importer<R> {

    ImportKind kind();

    /** How the user names a record of this kind, e.g. {@code "code_qp QN06913M"}, for error messages. */
    String describe(SourceRecord record);

    /** The natural key of a parsed row: importing the same key twice in one file is refused. */
    String key(R row);

    R parse(SourceRecord record, ImportOptions options);

    /** @param consortium the owner of the rows; may be null for the kinds no consortium owns (communes, QPV) */
    ImportReport save(List<R> rows, Consortium consortium);

    /** Whether the row belongs to the department asked for (national files are filtered this way). */
    default boolean inDepartment(R row, String department) {
        return true;
    }
}
