package fr.allervers.permanence.domain;

public enum Role {
    SOCIAL_WORKER("travailleur social"),
    EMPLOYMENT_COUNSELLOR("CIP"),
    PSYCHOLOGIST("psychologue"),
    MEDIATOR("médiateur");

    private final String french;

    Role(String french) {
        this.french = french;
    }

    public String french() {
        return french;
    }
}
