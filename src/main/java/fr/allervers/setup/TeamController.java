package fr.allervers.setup;

import fr.allervers.territory.OrganisationRepository;
import fr.allervers.security.CurrentConsortium;
import java.util.List;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The consortium's member organisations, for the pages that declare absences, build maraude teams or record an
 * encounter. Professionals and vans are listed (and edited) by the territory editor: {@code fr.allervers.editor}.
 */
@RestController
@Transactional(readOnly = true)
class TeamController {

    record OrganisationView(Long id, String name) {
    }

    private final OrganisationRepository organisations;
    private final CurrentConsortium currentConsortium;

    TeamController(OrganisationRepository organisations, CurrentConsortium currentConsortium) {
        this.organisations = organisations;
        this.currentConsortium = currentConsortium;
    }

    @GetMapping("/api/organisations")
    List<OrganisationView> organisations() {
        return organisations.findByConsortiumOrderByName(currentConsortium.get()).stream()
                .map(o -> new OrganisationView(o.getId(), o.getName()))
                .toList();
    }
}
