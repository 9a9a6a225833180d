/**
 * Per-commune permanence targets a coordinator sets for a territory (minimum and maximum per month, minimum days
 * between two visits). Entry points: {@code CommuneTargetController} and {@link fr.allervers.permanence.targets.CommuneTargets}.
 */
package fr.allervers.permanence.targets;
