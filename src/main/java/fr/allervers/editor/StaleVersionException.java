package fr.allervers.editor;

/**
 * A write based on an older version of the item than the stored one: someone changed it in between. The answer
 * (409) carries the current values, so that the user can redo their change on top of them.
 */
class StaleVersionException extends RuntimeException {

    private final transient Object current;

    StaleVersionException(String what, Object current) {
        super(what + " a été modifié entre-temps par quelqu'un d'autre : rien n'a été enregistré. Reprenez votre"
                + " modification à partir des valeurs actuelles (« current »).");
        this.current = current;
    }

    Object getCurrent() {
        return current;
    }
}
