package fr.allervers.permanence.plan;

/**
 * Why a permanence is cancelled: a short list, so that the field reads the same words everywhere and no free text
 * invites details about people (the optional comment stays short).
 */
public enum CancellationReason {
    MARCHE_ANNULE("marché annulé"),
    PLACE_OCCUPEE("place occupée"),
    METEO("météo"),
    VEHICULE("camion indisponible"),
    EQUIPE("équipe indisponible"),
    AUTRE("autre");

    private final String french;

    CancellationReason(String french) {
        this.french = french;
    }

    public String french() {
        return french;
    }
}
