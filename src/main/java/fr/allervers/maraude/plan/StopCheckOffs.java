package fr.allervers.maraude.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.allervers.security.SignedInStaff;

/**
 * A team checks off each of its own stops with what it found there (issue #15): only a VISITED hotel counts as the
 * hotel's last visit and in the funders' « hôtels visités ». Rules, for field accounts:
 * <ul>
 * <li>only stops of a published plan (a draft answers 403, like reading it);</li>
 * <li>only the stops of its own team: the team it names, of which its staff record must be a member once teams
 * name their members;</li>
 * <li>not before the stop's day (a visit to come has not happened), late is fine (the phone had no network);</li>
 * <li>undone (or changed) during the day it was checked off only: after that, the coordination corrects it.</li>
 * </ul>
 * Coordinators check off or undo any stop of a published plan, any day from the stop's day on.
 */
@Service
class StopCheckOffs {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE);

    /** @param team the team checking the stop off (its id in the plan); optional for coordinators */
    record CheckOffRequest(String team, StopOutcome outcome) {
    }

    private final MaraudePlanViews views;
    private final MaraudeAccess access;
    private final SignedInStaff signedInStaff;

    StopCheckOffs(MaraudePlanViews views, MaraudeAccess access, SignedInStaff signedInStaff) {
        this.views = views;
        this.access = access;
        this.signedInStaff = signedInStaff;
    }

    @Transactional
    PlanView.CheckOffView checkOff(long planId, String visitId, CheckOffRequest request) {
        if (request == null || request.outcome() == null) {
            throw new IllegalArgumentException("« outcome » manquant : VISITED (visité), NOBODY_MET (personne"
                    + " n'était là) ou REFUSED_ENTRY (entrée refusée).");
        }
        MaraudeVisit stop = ownStop(planId, visitId, request.team());
        LocalDate today = LocalDate.now(PARIS);
        MaraudeRound round = stop.getRound();
        LocalDate day = round.getPlan().getDates().get(round.getDayIndex());
        if (day.isAfter(today)) {
            throw new MaraudeConflictException("l'étape « " + stop.getName() + " » est prévue le " + DAY.format(day)
                    + " : elle se coche le jour du passage, pas avant");
        }
        if (stop.getCheckOutcome() != null && stop.getCheckOutcome() != request.outcome()) {
            requireSameDay(stop, today);
        }
        if (stop.getCheckOutcome() != request.outcome()) {
            stop.checkOff(request.outcome(), username(), Instant.now().truncatedTo(ChronoUnit.MICROS));
        }
        return view(planId, stop);
    }

    @Transactional
    void undo(long planId, String visitId, String team) {
        MaraudeVisit stop = ownStop(planId, visitId, team);
        if (stop.getCheckOutcome() == null) {
            return;
        }
        requireSameDay(stop, LocalDate.now(PARIS));
        stop.undoCheckOff();
    }

    /** The stop, if the caller may check it off: published plan, stop on a round, of the caller's team. */
    private MaraudeVisit ownStop(long planId, String visitId, String team) {
        MaraudePlan plan = views.readable(planId);
        if (!plan.isPublished()) {
            throw new MaraudeConflictException("le plan de maraude " + planId + " est un brouillon : publiez-le"
                    + " avant que les équipes cochent leurs étapes");
        }
        MaraudeVisit stop = plan.getVisits().stream().filter(v -> v.getKey().equals(visitId)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("étape inconnue dans le plan de maraude " + planId
                        + " : " + visitId));
        if (stop.getRound() == null) {
            throw new MaraudeConflictException("« " + stop.getName() + " » n'est sur aucune tournée de ce plan : il"
                    + " n'y a rien à cocher");
        }
        MaraudeTeam owner = stop.getRound().getTeam();
        boolean field = !access.readsDrafts();
        if (field && (team == null || team.isBlank())) {
            throw new IllegalArgumentException("« team » manquant : l'équipe qui coche l'étape (son identifiant"
                    + " dans le plan, ex. « " + owner.getKey() + " »).");
        }
        if (team != null && !team.isBlank() && !team.equals(owner.getKey())) {
            throw new MaraudeAccessDeniedException("l'étape « " + stop.getName() + " » est sur la tournée de « "
                    + owner.getName() + " » : chaque équipe ne coche que ses propres étapes");
        }
        Set<Long> members = owner.getMemberStaffIds();
        if (field && !members.isEmpty() && signedInStaff.current().map(l -> !members.contains(l.staffId()))
                .orElse(true)) {
            throw new MaraudeAccessDeniedException("vous n'êtes pas membre de « " + owner.getName() + " » : seuls"
                    + " ses membres cochent ses étapes (compte lié à un professionnel : voir /api/me)");
        }
        return stop;
    }

    /** A field account changes or undoes a check-off on the day it made it; the coordination any time. */
    private void requireSameDay(MaraudeVisit stop, LocalDate today) {
        LocalDate checked = LocalDate.ofInstant(stop.getCheckedAt(), PARIS);
        if (!access.readsDrafts() && !checked.equals(today)) {
            throw new MaraudeConflictException("l'étape « " + stop.getName() + " » a été cochée le "
                    + DAY.format(checked) + " : passé ce jour, seule la coordination peut la corriger");
        }
    }

    private static String username() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? null : authentication.getName();
    }

    private static PlanView.CheckOffView view(long planId, MaraudeVisit stop) {
        return new PlanView.CheckOffView(planId, stop.getKey(), stop.getRound().getTeam().getKey(),
                stop.getCheckOutcome(), stop.getCheckedAt(), stop.getCheckedBy());
    }
}
