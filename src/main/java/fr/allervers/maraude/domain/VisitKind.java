package fr.allervers.maraude.domain;

/** The kinds of places a round visits; the label is what the project lead reads in explanations. */
public enum VisitKind {
    HOTEL_115("Hôtel 115"),
    DAY_CENTRE("Accueil de jour"),
    CAMP("Campement"),
    STREET_HOTSPOT("Point de rue"),
    PLACE("Lieu");

    private final String label;

    VisitKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
