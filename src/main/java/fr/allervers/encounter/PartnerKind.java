package fr.allervers.encounter;

import java.util.Set;

/** Where an ORIENTED encounter was sent: the mainstream services (droit commun) and the other partners. */
public enum PartnerKind {
    FRANCE_TRAVAIL("France Travail", "POLE_EMPLOI", "FT"),
    MISSION_LOCALE("Mission Locale", "ML"),
    CCAS("CCAS"),
    HEALTH("santé", "SANTE", "SOIN", "SOINS"),
    HOUSING("logement", "LOGEMENT", "HEBERGEMENT", "SIAO"),
    OTHER("autre partenaire", "AUTRE");

    private final String label;
    private final Set<String> aliases;

    PartnerKind(String label, String... aliases) {
        this.label = label;
        this.aliases = Set.of(aliases);
    }

    public String label() {
        return label;
    }

    public static PartnerKind parse(String text) {
        String code = Codes.normalise(text);
        for (PartnerKind partner : values()) {
            if (partner.name().equals(code) || partner.aliases.contains(code)) {
                return partner;
            }
        }
        throw new IllegalArgumentException("partenaire inconnu : « " + text
                + " » (FRANCE_TRAVAIL, MISSION_LOCALE, CCAS, HEALTH, HOUSING, OTHER)");
    }
}
