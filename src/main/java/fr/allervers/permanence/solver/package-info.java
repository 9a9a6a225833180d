/**
 * Solving and explaining permanence plans: the rules ({@link
 * fr.allervers.permanence.solver.PermanenceConstraintProvider}, with {@link
 * fr.allervers.permanence.solver.PlanJustification}s), the solver configuration in code ({@link
 * fr.allervers.permanence.solver.PermanenceSolverConfig}), the entry point {@link
 * fr.allervers.permanence.solver.PermanenceSolver}, the hand-made baseline {@link
 * fr.allervers.permanence.solver.RoundRobinPlanner}, the French {@link fr.allervers.permanence.solver.PlanExplainer}
 * and the {@link fr.allervers.permanence.solver.PermanenceInstanceGenerator} for demos and benchmarks.
 */
package fr.allervers.permanence.solver;
