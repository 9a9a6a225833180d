package fr.allervers.territory;

import java.util.Optional;

/**
 * What a feature keeps that names a place, hotel, person or van (a plan, an absence, an account link…). While
 * anything names an item, deleting it archives it instead, so that nothing a user entered is lost. Each feature
 * that refers to these items declares its uses with a bean of this type.
 */
public interface ItemUses {

    /**
     * How this feature uses the item, in French and counted (« 2 plans de permanence »), or empty when it does not.
     */
    Optional<String> of(ConsortiumOwned item);

    /** « 1 plan de permanence », « 3 plans de permanence ». */
    static Optional<String> counted(long count, String singular, String plural) {
        return count == 0 ? Optional.empty() : Optional.of(count + " " + (count == 1 ? singular : plural));
    }
}
