package fr.allervers.maraude.solver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import fr.allervers.maraude.domain.Location;
import fr.allervers.maraude.domain.RoundSolution;
import fr.allervers.maraude.domain.Team;
import fr.allervers.maraude.domain.Visit;

/**
 * Slack induction by string removals (Christiaens and Vanden Berghe, 2020), adapted to the round model: removes
 * strings of consecutive visits from rounds near a random seed visit, then reinserts every removed visit at its
 * cheapest position that keeps the round on time, within its shift, its goods and the team's skills, skipping
 * each candidate position with a small probability ("blinks") so that repeated recreations differ.
 *
 * <p>The feasibility check here is a fast estimate (it ignores the lunch break and walking limits); the score
 * director scores the resulting move exactly, and the acceptor decides. Visits that fit nowhere go to the
 * left-out list, which costs a medium point for a mandatory visit instead of a hard lateness.
 *
 * <p>Works on copies of the lists: the plan itself is only changed when the {@link RuinRecreateMove} is done.
 */
final class RuinAndRecreate {

    /** Average number of visits removed per move (SISR's c̄). */
    private final double averageRemoved;
    /** Longest string removed from one round (SISR's L^max). */
    private final int maxStringLength;
    /** Probability of skipping a candidate insertion position. */
    private final double blinkRate;
    private final Map<Visit, Visit[]> neighbours;

    RuinAndRecreate(double averageRemoved, int maxStringLength, double blinkRate, Map<Visit, Visit[]> neighbours) {
        this.averageRemoved = averageRemoved;
        this.maxStringLength = maxStringLength;
        this.blinkRate = blinkRate;
        this.neighbours = neighbours;
    }

    /** Each visit's other visits, nearest first (by the nearby time), cut to {@code limit}. */
    static Map<Visit, Visit[]> neighbours(List<Visit> visits, int limit) {
        Map<Visit, Visit[]> result = new IdentityHashMap<>();
        for (Visit visit : visits) {
            Location from = visit.getLocation();
            result.put(visit, visits.stream().filter(other -> other != visit)
                    .sorted(Comparator.comparingLong(other -> from.nearbyTimeTo(other.getLocation())))
                    .limit(limit).toArray(Visit[]::new));
        }
        return result;
    }

    /** @return the move, or null when there is nothing to ruin */
    RuinRecreateMove createMove(RoundSolution solution, Random random) {
        List<Visit> visits = solution.getVisits();
        if (visits.isEmpty()) {
            return null;
        }
        Team leftOut = null;
        List<Team> rounds = new ArrayList<>();
        for (Team team : solution.getTeams()) {
            if (team.isLeftOut()) {
                leftOut = team;
            } else {
                rounds.add(team);
            }
        }
        if (rounds.isEmpty()) {
            return null;
        }
        // Copy on write: only lists that change are copied, and they are exactly the teams of the move.
        Map<Team, List<Visit>> changed = new LinkedHashMap<>();
        List<Visit> removed = ruin(visits.get(random.nextInt(visits.size())), rounds, changed, random);
        if (removed.isEmpty()) {
            return null;
        }
        recreate(removed, rounds, leftOut, changed, random);
        return new RuinRecreateMove(new ArrayList<>(changed.keySet()), new ArrayList<>(changed.values()));
    }

    private List<Visit> ruin(Visit seed, List<Team> rounds, Map<Team, List<Visit>> changed, Random random) {
        double averageRoundSize = rounds.stream().mapToInt(team -> team.getVisits().size()).average().orElse(0);
        double maxLength = Math.max(1, Math.min(maxStringLength, averageRoundSize));
        double maxStrings = 4 * averageRemoved / (1 + maxLength) - 1;
        int strings = (int) (random.nextDouble() * maxStrings) + 1;
        List<Visit> removed = new ArrayList<>();
        Visit[] near = neighbours.get(seed);
        for (int i = -1; i < near.length && changed.size() < strings; i++) {
            Visit visit = i < 0 ? seed : near[i];
            Team team = visit.getTeam();
            if (team == null || changed.containsKey(team)) {
                continue;
            }
            if (team.isLeftOut()) {
                // A left-out visit near the seed gets its chance to come back on a round.
                List<Visit> list = changed.computeIfAbsent(team, t -> new ArrayList<>(t.getVisits()));
                if (list.remove(visit)) {
                    removed.add(visit);
                }
                continue;
            }
            List<Visit> list = new ArrayList<>(team.getVisits());
            int length = (int) (random.nextDouble() * Math.min(maxLength, list.size())) + 1;
            int position = list.indexOf(visit);
            int firstMin = Math.max(0, position - length + 1);
            int firstMax = Math.min(position, list.size() - length);
            int first = firstMin + random.nextInt(firstMax - firstMin + 1);
            List<Visit> string = list.subList(first, first + length);
            removed.addAll(string);
            string.clear();
            changed.put(team, list);
        }
        return removed;
    }

    private void recreate(List<Visit> removed, List<Team> rounds, Team leftOut, Map<Team, List<Visit>> changed,
            Random random) {
        order(removed, random);
        for (Visit visit : removed) {
            Team bestTeam = null;
            int bestPosition = -1;
            long bestCost = Long.MAX_VALUE;
            for (Team team : rounds) {
                if (!canServe(team, visit)) {
                    continue;
                }
                List<Visit> list = changed.containsKey(team) ? changed.get(team) : team.getVisits();
                if (!hasRoomFor(team, list, visit)) {
                    continue;
                }
                for (int position = 0; position <= list.size(); position++) {
                    if (random.nextDouble() < blinkRate) {
                        continue;
                    }
                    long cost = insertionCost(team, list, position, visit);
                    if (cost < bestCost && isOnTimeWith(team, list, position, visit)) {
                        bestCost = cost;
                        bestTeam = team;
                        bestPosition = position;
                    }
                }
            }
            if (bestTeam == null) {
                changed.computeIfAbsent(leftOut, t -> new ArrayList<>(t.getVisits())).add(visit);
            } else {
                changed.computeIfAbsent(bestTeam, t -> new ArrayList<>(t.getVisits())).add(bestPosition, visit);
            }
        }
    }

    /** SISR's orders: random most often, else the most demanding first, or the farthest from the base first. */
    private static void order(List<Visit> removed, Random random) {
        double draw = random.nextDouble();
        if (draw < 4.0 / 11) {
            Collections.shuffle(removed, random);
        } else if (draw < 8.0 / 11) {
            removed.sort(Comparator.comparingInt(Visit::getDemand).reversed());
        } else {
            Collections.shuffle(removed, random);
            Location base = removed.get(0).getTeam() == null ? null : removed.get(0).getTeam().getLocation();
            if (base != null) {
                removed.sort(Comparator.comparingLong((Visit v) -> base.nearbyTimeTo(v.getLocation())).reversed());
            }
        }
    }

    private static boolean canServe(Team team, Visit visit) {
        return team.getSkills().containsAll(visit.getRequiredSkills());
    }

    private static boolean hasRoomFor(Team team, List<Visit> list, Visit visit) {
        if (!team.hasCapacityLimit()) {
            return true;
        }
        int load = visit.getDemand();
        for (Visit other : list) {
            load += other.getDemand();
        }
        return load <= team.getCapacity();
    }

    private static long insertionCost(Team team, List<Visit> list, int position, Visit visit) {
        Location previous = position == 0 ? team.getLocation() : list.get(position - 1).getLocation();
        Location next = position == list.size() ? team.getLocation() : list.get(position).getLocation();
        Location here = visit.getLocation();
        return previous.timeTo(here, team.getMode()) + here.timeTo(next, team.getMode())
                - previous.timeTo(next, team.getMode());
    }

    /** Times the round with the visit inserted: every stop reached before its last window closes, back in time. */
    private static boolean isOnTimeWith(Team team, List<Visit> list, int position, Visit visit) {
        long time = team.getShiftStart();
        Location at = team.getLocation();
        for (int i = 0; i <= list.size(); i++) {
            if (i == position) {
                time += at.timeTo(visit.getLocation(), team.getMode());
                if (!visit.isOnTimeAt(time)) {
                    return false;
                }
                time = visit.serviceStartFor(time) + visit.getServiceDuration();
                at = visit.getLocation();
            }
            if (i == list.size()) {
                break;
            }
            Visit stop = list.get(i);
            time += at.timeTo(stop.getLocation(), team.getMode());
            if (!stop.isOnTimeAt(time)) {
                return false;
            }
            time = stop.serviceStartFor(time) + stop.getServiceDuration();
            at = stop.getLocation();
        }
        return time + at.timeTo(team.getLocation(), team.getMode()) <= team.getShiftEnd();
    }
}
