/**
 * Background solving of plans, shared by every instance on one database: each solve is a one-time job in the
 * {@code scheduled_tasks} table (db-scheduler), claimed by exactly one instance, kept alive by heartbeats and taken
 * over by another instance when the one solving it dies. The planners implement {@link
 * fr.allervers.solving.BackgroundSolver}; this package knows no planner (permanence → solving, maraude → solving).
 */
package fr.allervers.solving;
