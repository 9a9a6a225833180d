package fr.allervers.maraude.solver;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sumLong;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;

import fr.allervers.maraude.domain.Visit;

/**
 * Hard: what makes a round impossible. Medium: mandatory visits left out. Soft: priority collected, then travel.
 */
public class RoundConstraintProvider implements ConstraintProvider {

    public static final String VISIT_TIME_WINDOWS = "Visit outside its time windows";
    public static final String SHIFT_END = "Team back after its shift";
    public static final String REQUIRED_SKILLS = "Team lacks a required skill";
    public static final String GOODS_CAPACITY = "Goods above team capacity";
    public static final String MANDATORY_VISIT_LEFT_OUT = "Mandatory visit left out";
    public static final String OPTIONAL_VISIT_LEFT_OUT = "Optional visit left out";
    public static final String TRAVEL_TIME = "Travel time";

    /** A missing skill weighs as much as arriving an hour late: both make the visit pointless. */
    public static final long MISSING_SKILL_WEIGHT = 3_600;
    /**
     * One point of priority outweighs any realistic travel (11 days in seconds), so priority collected comes first
     * and travel time only breaks ties, within one soft level.
     */
    public static final long PRIORITY_WEIGHT = 1_000_000;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                visitTimeWindows(factory),
                shiftEnd(factory),
                requiredSkills(factory),
                goodsCapacity(factory),
                mandatoryVisitLeftOut(factory),
                optionalVisitLeftOut(factory),
                travelTime(factory)
        };
    }

    Constraint visitTimeWindows(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(visit -> visit.isOnRound() && visit.lateness() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, Visit::lateness)
                .asConstraint(VISIT_TIME_WINDOWS);
    }

    Constraint shiftEnd(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(visit -> visit.isOnRound() && visit.getNextVisit() == null)
                .filter(visit -> returnTime(visit) > visit.getTeam().getShiftEnd())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        visit -> returnTime(visit) - visit.getTeam().getShiftEnd())
                .asConstraint(SHIFT_END);
    }

    private static long returnTime(Visit lastVisit) {
        return lastVisit.getDepartureTime() + lastVisit.travelTimeToBase();
    }

    Constraint requiredSkills(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(visit -> visit.isOnRound() && visit.missingSkillCount() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        visit -> visit.missingSkillCount() * MISSING_SKILL_WEIGHT)
                .asConstraint(REQUIRED_SKILLS);
    }

    Constraint goodsCapacity(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(visit -> visit.isOnRound() && visit.getTeam().hasCapacityLimit())
                .groupBy(Visit::getTeam, sumLong(Visit::getDemand))
                .filter((team, demand) -> demand > team.getCapacity())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (team, demand) -> demand - team.getCapacity())
                .asConstraint(GOODS_CAPACITY);
    }

    Constraint mandatoryVisitLeftOut(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(visit -> visit.isLeftOut() && visit.isMandatory())
                .penalize(HardMediumSoftLongScore.ONE_MEDIUM)
                .asConstraint(MANDATORY_VISIT_LEFT_OUT);
    }

    Constraint optionalVisitLeftOut(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(visit -> visit.isLeftOut() && !visit.isMandatory())
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, visit -> visit.getPriority() * PRIORITY_WEIGHT)
                .asConstraint(OPTIONAL_VISIT_LEFT_OUT);
    }

    /** Each leg is counted once: from the previous stop into a visit, plus the way home after the last one. */
    Constraint travelTime(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(Visit::isOnRound)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, visit -> visit.travelTimeFromPrevious()
                        + (visit.getNextVisit() == null ? visit.travelTimeToBase() : 0))
                .asConstraint(TRAVEL_TIME);
    }
}
