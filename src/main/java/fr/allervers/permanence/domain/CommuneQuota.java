package fr.allervers.permanence.domain;

/**
 * A municipality, the unit of targets and reporting.
 *
 * @param minPerMonth    target number of permanences per month (a medium rule: missed targets are reported, not fatal)
 * @param maxPerMonth    hard ceiling per month (the van is shared with the other communes)
 * @param minSpacingDays minimum number of days between two visits, so that visits are spread over the month
 */
public record CommuneQuota(String insee, String name, int minPerMonth, int maxPerMonth, int minSpacingDays) {

    public static final int DEFAULT_MIN_PER_MONTH = 2;
    public static final int DEFAULT_MAX_PER_MONTH = 4;
    public static final int DEFAULT_MIN_SPACING_DAYS = 5;

    public CommuneQuota {
        if (minPerMonth < 0 || maxPerMonth < minPerMonth || minSpacingDays < 0) {
            throw new IllegalArgumentException("Inconsistent targets for commune " + insee);
        }
    }

    public static CommuneQuota of(String insee, String name) {
        return new CommuneQuota(insee, name, DEFAULT_MIN_PER_MONTH, DEFAULT_MAX_PER_MONTH, DEFAULT_MIN_SPACING_DAYS);
    }
}
