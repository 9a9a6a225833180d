package fr.allervers.permanence.solver;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

import fr.allervers.permanence.domain.CommuneMonth;
import fr.allervers.permanence.domain.DayOff;
import fr.allervers.permanence.domain.Profession;
import fr.allervers.permanence.domain.Slot;

/**
 * Why a constraint matched, with the commune, place, date and people involved, and the sentence a coordinator reads.
 * {@link PlanExplainer} groups these per commune and per permanence.
 */
public sealed interface PlanJustification extends ConstraintJustification {

    /** The commune concerned, or null when the match is about a person or a van only. */
    String communeInsee();

    /** The permanences concerned; empty for commune-wide matches. */
    List<PermanenceRef> permanences();

    String inFrench();

    private static String firstCommune(List<PermanenceRef> refs) {
        return refs.isEmpty() ? null : refs.get(0).communeInsee();
    }

    /** A van, a place or a person booked twice in the same half-day. */
    record SlotConflict(String resource, Slot slot, List<PermanenceRef> permanences) implements PlanJustification {
        public String communeInsee() {
            return firstCommune(permanences);
        }

        public String inFrench() {
            return resource + " est prévu·e " + permanences.size() + " fois le " + FrenchText.slot(slot) + " ("
                    + FrenchText.list(permanences.stream().map(PermanenceRef::placeName).toList()) + ").";
        }
    }

    record Unavailable(String who, PermanenceRef permanence) implements PlanJustification {
        public String communeInsee() {
            return permanence.communeInsee();
        }

        public List<PermanenceRef> permanences() {
            return List.of(permanence);
        }

        public String inFrench() {
            return who + " n'est pas disponible le " + permanence.inFrench() + ".";
        }
    }

    record MissingRole(PermanenceRef permanence, Profession role) implements PlanJustification {
        public String communeInsee() {
            return permanence.communeInsee();
        }

        public List<PermanenceRef> permanences() {
            return List.of(permanence);
        }

        public String inFrench() {
            return "Binôme incomplet le " + permanence.inFrench() + " : aucun·e " + role.french() + ".";
        }
    }

    record PlaceUnsuitable(PermanenceRef permanence, boolean closed) implements PlanJustification {
        public String communeInsee() {
            return permanence.communeInsee();
        }

        public List<PermanenceRef> permanences() {
            return List.of(permanence);
        }

        public String inFrench() {
            return permanence.placeName() + (closed ? " n'est pas ouvert le " : " n'est pas accessible au camion le ")
                    + FrenchText.slot(permanence.slot()) + ".";
        }
    }

    /** A permanence on a public holiday or a closing day: put there by hand, or stored before the day was closed. */
    record HeldOnDayOff(PermanenceRef permanence, DayOff dayOff) implements PlanJustification {
        public String communeInsee() {
            return permanence.communeInsee();
        }

        public List<PermanenceRef> permanences() {
            return List.of(permanence);
        }

        public String inFrench() {
            return "Permanence prévue le " + permanence.inFrench() + " : " + dayOff.inFrench()
                    + ", aucune permanence ce jour-là.";
        }
    }

    record LunchBreakTooShort(String who, PermanenceRef morning, PermanenceRef afternoon, int travelMinutes,
                              int lunchBreakMinutes) implements PlanJustification {
        public String communeInsee() {
            return afternoon.communeInsee();
        }

        public List<PermanenceRef> permanences() {
            return List.of(morning, afternoon);
        }

        public String inFrench() {
            return who + " ne peut pas aller de " + morning.placeName() + " à " + afternoon.placeName() + " le "
                    + FrenchText.day(morning.slot().date()) + " : " + travelMinutes + " min de trajet pour "
                    + lunchBreakMinutes + " min de pause.";
        }
    }

    /** Held permanences of one commune in one month against its targets (used by the minimum and the maximum). */
    record CommuneMonthCount(String communeInsee, String communeName, YearMonth month, int held, int min, int max)
            implements PlanJustification {
        static CommuneMonthCount of(CommuneMonth target, int held) {
            return new CommuneMonthCount(target.insee(), target.communeName(), target.month(), held,
                    target.minCount(), target.maxCount());
        }

        public List<PermanenceRef> permanences() {
            return List.of();
        }

        public String inFrench() {
            String count = FrenchText.count(held, "permanence", "permanences") + " en " + FrenchText.month(month);
            return held > max
                    ? communeName + " : " + count + ", au-delà du maximum de " + max + "."
                    : communeName + " : " + count + ", en dessous du minimum de " + min + ".";
        }
    }

    record VisitsTooClose(String communeInsee, String communeName, PermanenceRef first, PermanenceRef second,
                          int days, int minDays) implements PlanJustification {
        public List<PermanenceRef> permanences() {
            return List.of(first, second);
        }

        public String inFrench() {
            return communeName + " : visites trop rapprochées (" + FrenchText.day(first.slot().date()) + " et "
                    + FrenchText.day(second.slot().date()) + ", " + minDays + " jours d'écart minimum).";
        }
    }

    /** Soft matches about one permanence: demand served, van travel, preference, change from the previous plan. */
    record PermanenceNote(PermanenceRef permanence, String note) implements PlanJustification {
        public String communeInsee() {
            return permanence.communeInsee();
        }

        public List<PermanenceRef> permanences() {
            return List.of(permanence);
        }

        public String inFrench() {
            return note;
        }
    }

    /** Soft matches about a place as a whole (regularity). */
    record PlaceNote(long placeId, String placeName, String communeInsee, String note) implements PlanJustification {
        public List<PermanenceRef> permanences() {
            return List.of();
        }

        public String inFrench() {
            return placeName + " : " + note;
        }
    }

    /** Soft matches about a person or a van as a whole (workload). */
    record ResourceNote(String resource, String note) implements PlanJustification {
        public String communeInsee() {
            return null;
        }

        public List<PermanenceRef> permanences() {
            return List.of();
        }

        public String inFrench() {
            return resource + " : " + note;
        }
    }

    static String demand(double score) {
        return String.format(Locale.FRANCE, "%.2f", score);
    }
}
