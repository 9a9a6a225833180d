package fr.allervers.territory;

import java.util.Locale;

/** The professions that hold permanences and maraudes. A binôme is one social worker and one counsellor. */
public enum StaffRole {
    SOCIAL_WORKER("travailleur social"),
    EMPLOYMENT_COUNSELLOR("conseiller en insertion professionnelle"),
    PSYCHOLOGIST("psychologue"),
    MEDIATOR("médiateur");

    private final String label;

    StaffRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static StaffRole parse(String text) {
        String normalized = text.trim().toUpperCase(Locale.ROOT).replace(' ', '_');
        return switch (normalized) {
            case "SOCIAL_WORKER", "TS", "TRAVAILLEUR_SOCIAL", "TRAVAILLEUSE_SOCIALE", "ASSISTANT_SOCIAL",
                 "ASSISTANTE_SOCIALE" -> SOCIAL_WORKER;
            case "EMPLOYMENT_COUNSELLOR", "CIP", "CONSEILLER_EN_INSERTION_PROFESSIONNELLE", "CONSEILLER",
                 "CONSEILLERE" -> EMPLOYMENT_COUNSELLOR;
            case "PSYCHOLOGIST", "PSYCHOLOGUE" -> PSYCHOLOGIST;
            case "MEDIATOR", "MEDIATEUR", "MÉDIATEUR", "MÉDIATRICE", "MEDIATRICE" -> MEDIATOR;
            default -> throw new IllegalArgumentException("rôle inconnu : « " + text
                    + " » (SOCIAL_WORKER/TS, EMPLOYMENT_COUNSELLOR/CIP, PSYCHOLOGIST, MEDIATOR)");
        };
    }
}
