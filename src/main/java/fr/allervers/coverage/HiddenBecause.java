package fr.allervers.coverage;

/**
 * Why a value of the funnel does not tell everything, beside each value ({@code hiddenBecause}, null where the value
 * is exact). Issue #16 also named {@code COMPLEMENTARY} (a cell hidden to protect another): the published blocks
 * never need one, since no cell is hidden to make the others safe, so it is never sent (docs/data-protection.md).
 */
public enum HiddenBecause {

    /**
     * The value is 0 because nothing is published there, while in that month some communes of the territory left
     * out encounters — fewer than k in each commune, counted nowhere — which may lie in this cell: « &lt; k
     * rencontres par commune ». Said of every 0 of such a month, never of which cell holds them.
     */
    SMALL;

    /** The words of the page and the spreadsheet for a value hidden for this reason. */
    String label(int k) {
        return "< " + k + " rencontres par commune";
    }
}
