package fr.allervers.permanence.domain;

/** Morning or afternoon: a permanence always lasts one half-day. */
public enum DayPart {
    AM("matin"),
    PM("après-midi");

    private final String french;

    DayPart(String french) {
        this.french = french;
    }

    public String french() {
        return french;
    }
}
