package fr.allervers.permanence.solver;

import java.time.YearMonth;
import java.util.List;

import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

import fr.allervers.permanence.domain.Slot;

/**
 * A plan explained in French for the coordinator.
 *
 * @param brokenRules one line per hard or medium rule not respected, e.g. « Binôme incomplet » : 3 cas
 * @param communes    one entry per commune and month, e.g. « Corbas : 2 permanences sur 4 possibles — aucun binôme
 *                    disponible le jeudi »
 * @param permanences one entry per held permanence, with the problems that concern it
 * @param violations  one entry per match of a hard or medium rule, hard first, then by date
 * @param daysOff     one entry per day (or half-day) off of the horizon, e.g. « vendredi 25 décembre : jour férié
 *                    (Noël), pas de permanence »
 */
public record PlanExplanation(HardMediumSoftScore score, List<String> brokenRules, List<CommuneExplanation> communes,
                              List<PermanenceExplanation> permanences, List<BrokenRule> violations,
                              List<String> daysOff) {

    public PlanExplanation(HardMediumSoftScore score, List<String> brokenRules, List<CommuneExplanation> communes,
                           List<PermanenceExplanation> permanences) {
        this(score, brokenRules, communes, permanences, List.of(), List.of());
    }

    public record CommuneExplanation(String insee, String name, YearMonth month, int held, int min, int max,
                                     String sentence, List<String> issues) {
    }

    public record PermanenceExplanation(long permanenceId, Slot slot, String sentence, List<String> issues) {
    }

    public CommuneExplanation commune(String insee, YearMonth month) {
        return communes.stream().filter(c -> c.insee().equals(insee) && c.month().equals(month)).findFirst()
                .orElseThrow();
    }
}
