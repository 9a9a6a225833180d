package fr.allervers.permanence.solver;

import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import fr.allervers.permanence.domain.CommuneQuota;
import fr.allervers.permanence.domain.Permanence;
import fr.allervers.permanence.domain.PermanenceSchedule;
import fr.allervers.permanence.domain.Profession;
import fr.allervers.permanence.domain.Seat;
import fr.allervers.permanence.domain.Slot;
import fr.allervers.permanence.domain.Worker;

/**
 * Why a half-day when a place of the commune was open has no permanence there, the first reason that applies, from
 * the most structural (nobody could come) to the plain choice of the solver.
 */
enum MissedSlotReason {
    NO_PAIR("aucun binôme disponible"),
    NO_VEHICLE("aucun camion ni équipe fixe disponible"),
    PAIR_BUSY("les binômes disponibles sont déjà en permanence ailleurs"),
    VEHICLE_BUSY("le camion est déjà ailleurs"),
    SPACING("trop près d'une autre visite"),
    NOT_CHOSEN("créneau libre non retenu");

    private final String french;

    MissedSlotReason(String french) {
        this.french = french;
    }

    /** "aucun binôme disponible le jeudi", "… le mardi et le jeudi" */
    String inFrench(Collection<DayOfWeek> days) {
        List<String> names = days.stream().sorted().distinct().map(FrenchText::weekday).map(d -> "le " + d).toList();
        return french + " " + FrenchText.list(names);
    }

    static MissedSlotReason classify(PermanenceSchedule schedule, CommuneQuota commune, Slot slot) {
        List<Profession> roles = schedule.getRules().requiredRoles();
        List<Worker> available = schedule.getStaff().stream().filter(s -> s.isAvailable(slot)).toList();
        if (!roles.stream().allMatch(role -> available.stream().anyMatch(s -> s.role() == role))) {
            return NO_PAIR;
        }
        List<Permanence> lanes = schedule.getPermanences().stream()
                .filter(p -> p.getSlot().equals(slot) && (!p.isMobile() || p.getVan().isAvailable(slot)))
                .filter(p -> p.getCandidatePlaces().stream().anyMatch(pl -> pl.communeInsee().equals(commune.insee())))
                .toList();
        if (lanes.isEmpty()) {
            return NO_VEHICLE;
        }
        Set<Worker> busy = busyStaff(schedule, slot);
        if (!roles.stream().allMatch(role -> available.stream().anyMatch(s -> s.role() == role && !busy.contains(s)))) {
            return PAIR_BUSY;
        }
        if (lanes.stream().allMatch(Permanence::isHeld)) {
            return VEHICLE_BUSY;
        }
        boolean tooClose = schedule.getPermanences().stream()
                .filter(p -> p.isHeld() && p.communeInsee().equals(commune.insee()))
                .anyMatch(p -> Math.abs(ChronoUnit.DAYS.between(p.getSlot().date(), slot.date()))
                        < commune.minSpacingDays());
        return tooClose ? SPACING : NOT_CHOSEN;
    }

    private static Set<Worker> busyStaff(PermanenceSchedule schedule, Slot slot) {
        Map<Long, Permanence> held = schedule.getPermanences().stream()
                .filter(p -> p.isHeld() && p.getSlot().equals(slot))
                .collect(Collectors.toMap(Permanence::getId, p -> p));
        return schedule.getSeats().stream()
                .filter(seat -> held.containsKey(seat.getPermanenceId()))
                .map(Seat::getStaff).filter(Objects::nonNull).collect(Collectors.toSet());
    }
}
