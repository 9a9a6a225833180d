package fr.allervers.encounter;

import java.util.Set;

/** What came of the encounter, the steps of the funnel funders follow: met, oriented, came back, signed up. */
public enum EncounterOutcome {
    INFORMED("informé", "INFORME", "INFORMATION"),
    ORIENTED("orienté vers un partenaire", "ORIENTE", "ORIENTATION"),
    CAME_BACK("revenu (remobilisé)", "REVENU", "REMOBILISE", "REMOBILISATION"),
    SIGNED_UP("entré en accompagnement", "INSCRIT", "ACCOMPAGNEMENT", "ACCOMPAGNE", "CONTRAT");

    private final String label;
    private final Set<String> aliases;

    EncounterOutcome(String label, String... aliases) {
        this.label = label;
        this.aliases = Set.of(aliases);
    }

    public String label() {
        return label;
    }

    public static EncounterOutcome parse(String text) {
        String code = Codes.normalise(text);
        for (EncounterOutcome outcome : values()) {
            if (outcome.name().equals(code) || outcome.aliases.contains(code)) {
                return outcome;
            }
        }
        throw new IllegalArgumentException("suite inconnue : « " + text
                + " » (INFORMED, ORIENTED, CAME_BACK, SIGNED_UP)");
    }
}
