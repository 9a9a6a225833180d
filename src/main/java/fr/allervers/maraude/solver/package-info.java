/**
 * Maraude round planning on OptaPlanner, without Spring.
 *
 * <pre>{@code
 * TravelTimeProvider air = new GreatCircleTravelTimeProvider();          // or GraphHopperTravelTimeProvider
 * RoundProblem problem = new RoundProblemBuilder(air).build(teamSpecs, visitSpecs);
 * RoundPlan plan = RoundPlanner.withLimits(Duration.ofSeconds(30), Duration.ofSeconds(5)).plan(problem);
 * plan.round("van").stops();          // ordered stops with arrival, service start and departure
 * plan.mandatoryLeftOut();            // mandatory visits no round could take, with the reason in French
 * }</pre>
 *
 * <p>Constraint names are the constants of {@link fr.allervers.maraude.solver.RoundConstraintProvider}.
 */
package fr.allervers.maraude.solver;
