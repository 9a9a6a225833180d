package fr.allervers.administration;

import fr.allervers.territory.TerritoryRepository;
import fr.allervers.territory.Consortium;
import fr.allervers.security.CurrentConsortium;
import java.util.List;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/territories}: the territories of the current consortium and their communes. */
@RestController
@Transactional(readOnly = true)
class TerritoryController {

    record CommuneSummary(String insee, String name, Integer population) {
    }

    record TerritoryView(Long id, String name, boolean demo, String consortium, List<CommuneSummary> communes) {
    }

    private final TerritoryRepository territories;
    private final CurrentConsortium currentConsortium;

    TerritoryController(TerritoryRepository territories, CurrentConsortium currentConsortium) {
        this.territories = territories;
        this.currentConsortium = currentConsortium;
    }

    @GetMapping("/api/territories")
    List<TerritoryView> territories() {
        Consortium consortium = currentConsortium.get();
        return territories.findByConsortiumOrderByName(consortium).stream()
                .map(t -> new TerritoryView(t.getId(), t.getName(), t.isDemo(), consortium.getName(),
                        t.getCommunes().stream()
                                .map(c -> new CommuneSummary(c.getInsee(), c.getName(), c.getPopulation())).toList()))
                .toList();
    }
}
