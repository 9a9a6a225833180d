package fr.allervers.encounter;

import java.time.Instant;

import org.locationtech.jts.geom.Point;

/**
 * An encounter read and checked, not yet stored.
 *
 * @param number its 1-based position in the file or request, to name it in a refusal
 * @param organisation the member organisation as written: its id, or its exact name
 * @param partner the partner kind, for {@link EncounterOutcome#ORIENTED} only
 */
public record EncounterDraft(int number, Instant metAt, Point location, String organisation,
        EncounterContext context, Long contextId, EncounterCategory category, EncounterOutcome outcome,
        PartnerKind partner, int people) {
}
