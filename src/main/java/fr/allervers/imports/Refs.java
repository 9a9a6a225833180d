package fr.allervers.imports;

import fr.allervers.geo.FeatureProperties;

/** Column names under which coordinators' spreadsheets carry their own identifier of a row, and column sizes. */
final class Refs {

    static final String[] REF = {"ref", "id", "identifiant", "reference", "référence", "code"};

    /** The size of the {@code ref} columns. */
    static final int MAX_LENGTH = 64;

    /** The size of the {@code properties} columns of communes and QPV, which keep a feature's attributes. */
    static final int MAX_PROPERTIES_LENGTH = 4000;

    private Refs() {
    }

    /** The feature's attributes as stored (JSON), refused when they would not fit their column. */
    static String properties(SourceRecord record, String key) {
        String json = FeatureProperties.write(record.properties());
        if (json.length() > MAX_PROPERTIES_LENGTH) {
            throw record.reject(key, "attributs trop longs : " + json.length() + " caractères une fois enregistrés pour "
                    + MAX_PROPERTIES_LENGTH + " au plus (retirez les colonnes inutiles)");
        }
        return json;
    }
}
