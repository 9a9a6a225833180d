package fr.allervers.encounter;

import java.util.Set;

/** The public met, as funders count it. A category, never a description of the person. */
public enum EncounterCategory {
    YOUNG_16_25("jeune de 16 à 25 ans", "JEUNE", "JEUNES", "16_25", "JEUNE_16_25"),
    HOMELESS("personne sans domicile", "SANS_ABRI", "SANS_DOMICILE", "SDF", "SANS_DOMICILE_FIXE"),
    LEAVING_PRISON("sortant de détention", "SORTANT_DE_PRISON", "SORTIE_DE_DETENTION", "SORTANT_DE_DETENTION",
            "PPSMJ"),
    NEWLY_ARRIVED("primo-arrivant (demande d'asile, protection temporaire)", "PRIMO_ARRIVANT", "DEMANDEUR_D_ASILE",
            "PROTECTION_TEMPORAIRE", "MIGRANT"),
    OTHER("autre public", "AUTRE");

    private final String label;
    private final Set<String> aliases;

    EncounterCategory(String label, String... aliases) {
        this.label = label;
        this.aliases = Set.of(aliases);
    }

    public String label() {
        return label;
    }

    public static EncounterCategory parse(String text) {
        String code = Codes.normalise(text);
        for (EncounterCategory category : values()) {
            if (category.name().equals(code) || category.aliases.contains(code)) {
                return category;
            }
        }
        throw new IllegalArgumentException("public inconnu : « " + text
                + " » (YOUNG_16_25, HOMELESS, LEAVING_PRISON, NEWLY_ARRIVED, OTHER)");
    }
}
