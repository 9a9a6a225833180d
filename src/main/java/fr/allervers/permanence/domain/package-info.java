/**
 * The permanence planning model, free of Spring and JPA: plain records for the facts ({@link
 * fr.allervers.permanence.domain.Slot}, {@link CommuneQuota}, {@link
 * CandidatePlace}, {@link Worker}, {@link
 * Vehicle}, {@link PlaceTravel}: car minutes read from a {@link fr.allervers.routing.TravelMatrix}), two planning entities
 * ({@link fr.allervers.permanence.domain.Permanence}: van or fixed team × slot, nullable place; {@link
 * fr.allervers.permanence.domain.Seat}: one per required role, nullable staff) and the solution {@link
 * fr.allervers.permanence.domain.PermanenceSchedule}.
 *
 * <p>The service maps its JPA entities to one {@link fr.allervers.permanence.domain.PermanenceProblem} and calls
 * {@link fr.allervers.permanence.domain.ScheduleBuilder#build}; the result comes back as a list of
 * {@link fr.allervers.permanence.domain.PlannedPermanence}, the same shape it gives back as the previous plan.
 */
package fr.allervers.permanence.domain;
