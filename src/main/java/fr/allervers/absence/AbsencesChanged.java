package fr.allervers.absence;

import java.time.LocalDate;

import fr.allervers.territory.Consortium;

/**
 * Published after an absence or a van unavailability is declared or removed, once committed: planning re-scores the
 * plans that cover the period, so that a published plan names who is away from which permanence.
 */
public record AbsencesChanged(Consortium consortium, LocalDate from, LocalDate to) {
}
