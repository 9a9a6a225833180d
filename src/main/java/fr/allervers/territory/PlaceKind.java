package fr.allervers.territory;

import java.util.Locale;

/** Where a permanence can be held. Public squares and markets take the van; the others are fixed places. */
public enum PlaceKind {
    PUBLIC_SQUARE("place publique"),
    MARKET("marché"),
    CENTRE_SOCIAL("centre social"),
    DAY_CENTRE("accueil de jour"),
    OTHER("autre");

    private final String label;

    PlaceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accepts the code or the French label, as written in a spreadsheet. */
    public static PlaceKind parse(String text) {
        String normalized = text.trim().toLowerCase(Locale.ROOT);
        for (PlaceKind kind : values()) {
            if (kind.name().equalsIgnoreCase(normalized.replace(' ', '_')) || kind.label.equals(normalized)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("type de lieu inconnu : « " + text
                + " » (place publique, marché, centre social, accueil de jour, autre)");
    }
}
