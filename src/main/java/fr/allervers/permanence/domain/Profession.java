package fr.allervers.permanence.domain;

public enum Profession {
    SOCIAL_WORKER("travailleur social"),
    EMPLOYMENT_COUNSELLOR("CIP"),
    PSYCHOLOGIST("psychologue"),
    MEDIATOR("médiateur");

    private final String french;

    Profession(String french) {
        this.french = french;
    }

    public String french() {
        return french;
    }
}
