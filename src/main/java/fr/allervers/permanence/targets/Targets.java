package fr.allervers.permanence.targets;

import fr.allervers.permanence.domain.CommuneQuota;

/** The targets of one commune; {@link #DEFAULT} when the coordinator set none. */
public record Targets(int minPerMonth, int maxPerMonth, int minSpacingDays) {

    public static final int MAX_SPACING_DAYS = 31;
    /** Two half-days a day for a whole month: more cannot be planned. */
    public static final int MAX_PER_MONTH = 62;
    public static final Targets DEFAULT = new Targets(CommuneQuota.DEFAULT_MIN_PER_MONTH, CommuneQuota.DEFAULT_MAX_PER_MONTH,
            CommuneQuota.DEFAULT_MIN_SPACING_DAYS);

    /** Checks a request; the messages are the API's 400 answers. */
    static Targets checked(Integer minPerMonth, Integer maxPerMonth, Integer minSpacingDays) {
        if (minPerMonth == null || maxPerMonth == null || minSpacingDays == null) {
            throw new IllegalArgumentException("minPerMonth, maxPerMonth et minSpacingDays sont obligatoires");
        }
        if (minPerMonth < 0 || maxPerMonth < 0) {
            throw new IllegalArgumentException("les nombres de permanences par mois ne peuvent pas être négatifs");
        }
        if (maxPerMonth > MAX_PER_MONTH) {
            throw new IllegalArgumentException("au plus " + MAX_PER_MONTH + " permanences par mois (deux demi-journées"
                    + " par jour) : reçu " + maxPerMonth);
        }
        if (minPerMonth > maxPerMonth) {
            throw new IllegalArgumentException("le minimum par mois (" + minPerMonth + ") dépasse le maximum ("
                    + maxPerMonth + ")");
        }
        if (minSpacingDays < 0 || minSpacingDays > MAX_SPACING_DAYS) {
            throw new IllegalArgumentException("l'écart minimum entre deux visites doit être compris entre 0 et "
                    + MAX_SPACING_DAYS + " jours");
        }
        return new Targets(minPerMonth, maxPerMonth, minSpacingDays);
    }

    public CommuneQuota commune(String insee, String name) {
        return new CommuneQuota(insee, name, minPerMonth, maxPerMonth, minSpacingDays);
    }
}
