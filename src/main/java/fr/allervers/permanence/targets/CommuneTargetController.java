package fr.allervers.permanence.targets;

import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import fr.allervers.territory.Commune;
import fr.allervers.territory.Territory;

/** {@code /api/territories/{id}/communes/{insee}/targets}: the coordinator's monthly targets for one commune. */
@RestController
class CommuneTargetController {

    record TargetsRequest(Integer minPerMonth, Integer maxPerMonth, Integer minSpacingDays) {
    }

    /** @param custom false when the programme defaults apply */
    record TargetsView(long territoryId, String insee, String communeName, int minPerMonth, int maxPerMonth,
                       int minSpacingDays, boolean custom) {
    }

    private final CommuneTargets targets;

    CommuneTargetController(CommuneTargets targets) {
        this.targets = targets;
    }

    @GetMapping("/api/territories/{territoryId}/communes/{insee}/targets")
    @Transactional(readOnly = true)
    TargetsView get(@PathVariable long territoryId, @PathVariable String insee) {
        return view(territoryId, insee, targets.get(territoryId, insee), targets.isCustom(territoryId, insee));
    }

    @PutMapping("/api/territories/{territoryId}/communes/{insee}/targets")
    @Transactional
    TargetsView set(@PathVariable long territoryId, @PathVariable String insee, @RequestBody TargetsRequest request) {
        Targets wanted = Targets.checked(request.minPerMonth(), request.maxPerMonth(), request.minSpacingDays());
        return view(territoryId, insee, targets.set(territoryId, insee, wanted), true);
    }

    @DeleteMapping("/api/territories/{territoryId}/communes/{insee}/targets")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reset(@PathVariable long territoryId, @PathVariable String insee) {
        targets.reset(territoryId, insee);
    }

    private TargetsView view(long territoryId, String insee, Targets value, boolean custom) {
        Territory territory = targets.territory(territoryId);
        Commune commune = targets.commune(territory, insee);
        return new TargetsView(territoryId, insee, commune.getName(), value.minPerMonth(), value.maxPerMonth(),
                value.minSpacingDays(), custom);
    }
}
