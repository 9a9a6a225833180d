package fr.allervers.imports;

/** Column names under which coordinators' spreadsheets carry their own identifier of a row. */
final class Refs {

    static final String[] REF = {"ref", "id", "identifiant", "reference", "référence", "code"};

    private Refs() {
    }
}
