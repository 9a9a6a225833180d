package fr.allervers.maraude.plan;

/**
 * What a team found at a stop when it checked it off. Only {@link #VISITED} counts as a visit of a 115 hotel, for
 * its next due date and for the funders' « hôtels visités »: a hotel where nobody was there or the team was not let
 * in still needs a visit.
 */
public enum StopOutcome {
    VISITED("visité"),
    NOBODY_MET("personne n'était là"),
    REFUSED_ENTRY("entrée refusée");

    private final String label;

    StopOutcome(String label) {
        this.label = label;
    }

    /** The French words the pages and messages use. */
    public String label() {
        return label;
    }
}
