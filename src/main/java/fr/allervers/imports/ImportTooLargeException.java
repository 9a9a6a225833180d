package fr.allervers.imports;

/** A file above {@code allervers.imports.max-bytes}: refused with 413 before it is read. */
class ImportTooLargeException extends ImportRejectedException {

    ImportTooLargeException(String reason) {
        super(null, null, reason);
    }
}
