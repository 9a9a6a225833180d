package fr.allervers.permanence.domain;

/** Why no permanence is held on a day: what the plan explanation says where a slot was skipped. */
public enum DayOffKind {
    PUBLIC_HOLIDAY("jour férié"),
    CLOSING("fermeture"),
    SCHOOL_HOLIDAY("vacances scolaires");

    private final String french;

    DayOffKind(String french) {
        this.french = french;
    }

    public String french() {
        return french;
    }
}
