package fr.allervers.maraude.plan;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.allervers.maraude.domain.TeamSpec;
import fr.allervers.maraude.domain.VisitKind;
import fr.allervers.security.CurrentConsortium;

/**
 * Reads plans for the API and the exports, always within the caller's consortium (another's plan is a 404); a field
 * account reads published plans only (MaraudeAccess).
 */
@Service
@Transactional(readOnly = true)
class MaraudePlanViews {

    /** A team's rounds of a solved plan, for the GPX and the route sheet. */
    record TeamRounds(long planId, String teamKey, String teamName, LocalTime shiftStart,
            List<PlanView.RoundView> rounds) {

        boolean hasHotelStops() {
            return rounds.stream().flatMap(r -> r.stops().stream()).anyMatch(s -> s.kind() == VisitKind.HOTEL_115);
        }
    }

    private final MaraudePlanRepository plans;
    private final CurrentConsortium currentConsortium;
    private final MaraudeAccess access;

    MaraudePlanViews(MaraudePlanRepository plans, CurrentConsortium currentConsortium, MaraudeAccess access) {
        this.plans = plans;
        this.currentConsortium = currentConsortium;
        this.access = access;
    }

    /** The plan in the caller's consortium, draft or not: for the coordinators' writes and the checks that follow. */
    MaraudePlan plan(long id) {
        return plans.findByIdAndConsortium(id, currentConsortium.get())
                .orElseThrow(() -> new NoSuchElementException("plan de maraude inconnu : " + id));
    }

    /** The plan as the caller may read it: a draft is refused to a field account. */
    MaraudePlan readable(long id) {
        MaraudePlan plan = plan(id);
        access.requirePublishedForField(plan);
        return plan;
    }

    PlanView view(long id) {
        return view(readable(id));
    }

    List<PlanView.Summary> list(Long territoryId) {
        var consortium = currentConsortium.get();
        List<MaraudePlan> found = territoryId == null ? plans.findByConsortium(consortium)
                : plans.findForTerritory(consortium, territoryId);
        boolean drafts = access.readsDrafts();
        return found.stream().filter(p -> drafts || p.isPublished()).map(MaraudePlanViews::summary).toList();
    }

    TeamRounds teamRounds(long id, String teamKey) {
        MaraudePlan plan = readable(id);
        if (plan.getStatus() != MaraudePlanStatus.DONE) {
            throw new PlanNotReadyException(id, plan.getStatus());
        }
        MaraudeTeam team = plan.getTeams().stream().filter(t -> t.getKey().equals(teamKey)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("équipe inconnue dans le plan " + id + " : " + teamKey));
        List<PlanView.RoundView> rounds = view(plan).teams().stream().filter(r -> r.team().equals(teamKey)).toList();
        return new TeamRounds(id, teamKey, team.getName(), team.getShiftStart(), rounds);
    }

    /** Whether the plan names 115 hotels (on a round or left out): reading it is then audited. */
    static boolean exposesHotels(PlanView view) {
        return view.teams().stream().flatMap(r -> r.stops().stream()).anyMatch(s -> s.kind() == VisitKind.HOTEL_115)
                || view.leftOut().stream().anyMatch(l -> l.kind() == VisitKind.HOTEL_115);
    }

    static PlanView view(MaraudePlan plan) {
        List<LocalDate> dates = plan.getDates();
        List<PlanView.RoundView> rounds = new ArrayList<>();
        plan.getRounds().stream()
                .sorted(Comparator.comparingInt(MaraudeRound::getDayIndex)
                        .thenComparingInt(r -> r.getTeam().getPosition()))
                .forEach(round -> rounds.add(roundView(round, dates)));
        List<PlanView.LeftOutView> leftOut = plan.getVisits().stream().filter(MaraudeVisit::isLeftOut)
                .map(v -> new PlanView.LeftOutView(v.getKey(), v.getName(), v.getKind(), v.isMandatory(),
                        v.getLeftOutReason()))
                .toList();
        return new PlanView(plan.getId(), plan.getTerritory().getId(), dates, plan.getStatus(), plan.getScore(),
                plan.getFeasible(), plan.getFailure(), plan.getCreatedAt(), plan.getSolvedAt(), plan.getPublishedAt(),
                rounds, leftOut);
    }

    private static PlanView.RoundView roundView(MaraudeRound round, List<LocalDate> dates) {
        MaraudeTeam team = round.getTeam();
        List<PlanView.StopView> stops = round.stops().stream()
                .map(v -> new PlanView.StopView(v.getStopOrder(), v.getKey(), v.getKind(), v.getName(),
                        v.getAddress(), v.getLocation().getX(), v.getLocation().getY(), time(v.getArrival(), dates),
                        time(v.getServiceStart(), dates), time(v.getDeparture(), dates),
                        (v.getServiceStart() - v.getArrival()) / 60, v.getCheckOutcome(), v.getCheckedAt()))
                .toList();
        List<PlanView.MemberView> members = team.getMembers().stream()
                .map(m -> new PlanView.MemberView(m.getId(), m.getLabel(), m.getRole() == null ? null
                        : m.getRole().label()))
                .toList();
        PlanView.LunchView lunch = round.getLunchStart() == null ? null
                : new PlanView.LunchView(time(round.getLunchStart(), dates), time(round.getLunchEnd(), dates),
                        round.getLunchAfterStops());
        return new PlanView.RoundView(team.getKey(), team.getName(), dates.get(round.getDayIndex()), team.getMode(),
                stops, time(round.getBackAtBase(), dates), Math.round(round.getDistanceMetres()), round.getRoute(),
                members, lunch);
    }

    /** Seconds from midnight of the first planned day to a date and time: day {@code d} starts at d × 86,400 s. */
    static LocalDateTime time(long seconds, List<LocalDate> dates) {
        int day = (int) Math.min(seconds / TeamSpec.DAY_SECONDS, dates.size() - 1);
        return dates.get(day).atStartOfDay().plusSeconds(seconds - day * TeamSpec.DAY_SECONDS);
    }

    private static PlanView.Summary summary(MaraudePlan plan) {
        List<MaraudeVisit> visits = plan.getVisits();
        int stops = (int) visits.stream().filter(v -> v.getRound() != null).count();
        int leftOut = (int) visits.stream().filter(MaraudeVisit::isLeftOut).count();
        int mandatoryLeftOut = (int) visits.stream().filter(v -> v.isLeftOut() && v.isMandatory()).count();
        int checkedOff = (int) visits.stream().filter(v -> v.getCheckOutcome() != null).count();
        return new PlanView.Summary(plan.getId(), plan.getTerritory().getId(), plan.getDates(), plan.getStatus(),
                plan.getScore(), plan.getFeasible(), plan.getCreatedAt(), plan.getPublishedAt(),
                plan.getTeams().size(), plan.getTeams().stream().map(MaraudeTeam::getName).toList(), stops,
                checkedOff, leftOut, mandatoryLeftOut);
    }
}
