package fr.allervers.maraude.solver;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sumLong;
import static org.optaplanner.core.api.score.stream.Joiners.equal;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;

import fr.allervers.maraude.domain.Team;
import fr.allervers.maraude.domain.Visit;

/**
 * Hard: what makes a round impossible or inhumane (late, overtime, missing skills, goods, a lunch break outside its
 * window, a team on foot walking too far or too long, a place seen too rarely across days). Medium: mandatory
 * visits left out. Soft: priority collected, then even workloads across teams, then travel.
 */
public class RoundConstraintProvider implements ConstraintProvider {

    public static final String VISIT_TIME_WINDOWS = "Visit outside its time windows";
    public static final String SHIFT_END = "Team back after its shift";
    public static final String REQUIRED_SKILLS = "Team lacks a required skill";
    public static final String GOODS_CAPACITY = "Goods above team capacity";
    public static final String MANDATORY_VISIT_LEFT_OUT = "Mandatory visit left out";
    public static final String OPTIONAL_VISIT_LEFT_OUT = "Optional visit left out";
    public static final String TRAVEL_TIME = "Travel time";
    public static final String LUNCH_BREAK = "Lunch break outside its window";
    public static final String WALKING_DISTANCE = "Team on foot walks too far";
    public static final String FOOT_WORKING_TIME = "Team on foot out too long";
    public static final String VISIT_FREQUENCY = "Place visited too rarely across days";
    public static final String WORKLOAD_BALANCE = "Uneven workloads";

    /** A planned day too late for a place's frequency weighs as much as arriving an hour late. */
    public static final long DAY_LATE_WEIGHT = 3_600;

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
                travelTime(factory),
                lunchBreak(factory),
                walkingDistance(factory),
                footWorkingTime(factory),
                visitFrequency(factory),
                workloadBalance(factory)
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
        return lastVisit.returnTime();
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

    /**
     * The break is placed by the arrival time listener, on time whenever the round allows; what is left is a stop
     * whose service runs past the break's latest start, penalised by the delay like a late arrival.
     */
    Constraint lunchBreak(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(visit -> visit.isOnRound() && visit.getTeam().hasLunch() && visit.lunchLateness() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, Visit::lunchLateness)
                .asConstraint(LUNCH_BREAK);
    }

    /** Metres walked beyond the limit, from base back to base. */
    Constraint walkingDistance(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(visit -> visit.isOnRound() && visit.getTeam().hasDistanceLimit())
                .groupBy(Visit::getTeam, sumLong(Visit::legMetres))
                .filter((team, metres) -> metres > team.getMaxDistanceMetres())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (team, metres) -> metres - team.getMaxDistanceMetres())
                .asConstraint(WALKING_DISTANCE);
    }

    /** Seconds out beyond the limit, from the start of the shift back to base, the lunch break excluded. */
    Constraint footWorkingTime(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(visit -> visit.isOnRound() && visit.getNextVisit() == null
                        && visit.getTeam().hasWorkingTimeLimit())
                .filter(visit -> workingTime(visit) > visit.getTeam().getMaxWorkingSeconds())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        visit -> workingTime(visit) - visit.getTeam().getMaxWorkingSeconds())
                .asConstraint(FOOT_WORKING_TIME);
    }

    static long workingTime(Visit lastVisit) {
        Team team = lastVisit.getTeam();
        long lunch = lastVisit.roundIncludesLunch() ? team.getLunch().duration() : 0;
        return lastVisit.returnTime() - team.getShiftStart() - lunch;
    }

    /** Consecutive visits of a series (a hotel's frequency) in order and close enough, in planned days. */
    Constraint visitFrequency(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(visit -> visit.getSeries() != null && visit.isOnRound())
                .join(factory.forEach(Visit.class).filter(visit -> visit.getSeries() != null && visit.isOnRound()),
                        equal(Visit::getSeries), equal(visit -> visit.getOccurrence() + 1, Visit::getOccurrence))
                .filter((visit, next) -> visit.getSeries().daysLate(visit.day(), next.day()) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (visit, next) -> visit.getSeries().daysLate(visit.day(), next.day()) * DAY_LATE_WEIGHT)
                .asConstraint(VISIT_FREQUENCY);
    }

    /**
     * Sum of squares of each team's busy time (travel and time on site), in minutes: moving work from a busy team
     * to an idle one lowers it, so no team idles while another runs late. With weight 1, evening out two teams 60
     * minutes apart by a 30-minute stop is worth 30 minutes of extra travel; it never outweighs one point of priority.
     */
    Constraint workloadBalance(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(visit -> visit.isOnRound() && visit.getTeam().isBalanced())
                .groupBy(Visit::getTeam, sumLong(Visit::busyTime))
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT,
                        (team, busy) -> team.getBalanceWeight() * busy * busy / 3_600)
                .asConstraint(WORKLOAD_BALANCE);
    }
}
