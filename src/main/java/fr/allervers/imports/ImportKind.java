package fr.allervers.imports;

import java.util.Arrays;
import java.util.Locale;

/** What a file holds: the path segment of {@code POST /api/imports/{kind}}. */
public enum ImportKind {
    COMMUNES, QPV, PLACES, HOTELS, STAFF, VANS, ENCOUNTERS, SCHOOL_HOLIDAYS;

    /** Whether a record of this kind belongs to one consortium; communes and QPV are reference data shared by all. */
    public boolean ownedByConsortium() {
        return this != COMMUNES && this != QPV;
    }

    public String path() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ImportKind fromPath(String path) {
        return Arrays.stream(values()).filter(kind -> kind.path().equals(path)).findFirst()
                .orElseThrow(() -> new UnknownImportKindException(path));
    }

    public static class UnknownImportKindException extends RuntimeException {
        UnknownImportKindException(String path) {
            super("type d'import inconnu : « " + path + " » (communes, qpv, places, hotels, staff, vans, encounters,"
                    + " school-holidays)");
        }
    }
}
