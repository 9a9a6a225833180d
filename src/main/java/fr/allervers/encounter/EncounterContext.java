package fr.allervers.encounter;

/** Where the team was: at a permanence, on a maraude, or elsewhere (event, door-to-door, partner's premises). */
public enum EncounterContext {
    PERMANENCE, MARAUDE, OTHER;

    public static EncounterContext parse(String text) {
        return switch (Codes.normalise(text)) {
            case "PERMANENCE" -> PERMANENCE;
            case "MARAUDE", "ROUND" -> MARAUDE;
            case "OTHER", "AUTRE" -> OTHER;
            default -> throw new IllegalArgumentException("contexte inconnu : « " + text
                    + " » (PERMANENCE, MARAUDE, OTHER)");
        };
    }
}
