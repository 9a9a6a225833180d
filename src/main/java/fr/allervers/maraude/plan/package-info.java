/**
 * Maraude plans in the application: the API ({@code /api/maraude-plans}), their storage, the one mapping from the
 * territory's data to the round planner ({@link fr.allervers.maraude.plan.MaraudeProblemService}), background
 * solving as jobs of {@code fr.allervers.solving} ({@code MaraudeSolving}), and the GPX and route sheet exports.
 *
 * <p>Flow: {@code POST} → {@code MaraudeProblemService.create} checks and stores the request (status SOLVING) with
 * its solving job → on whichever instance takes the job, {@code MaraudeSolving} computes travel times, solves, and {@code MaraudeResults} stores rounds, routes and left-out
 * visits with their French reasons (status DONE) → {@code GET} reads them through {@code MaraudePlanViews}.
 */
package fr.allervers.maraude.plan;
