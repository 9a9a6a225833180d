package fr.allervers.editor;

/** One field of an editor request that cannot be used; the answer (400) names it, and nothing is written. */
class InvalidFieldException extends RuntimeException {

    private final String field;

    InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    String getField() {
        return field;
    }
}
