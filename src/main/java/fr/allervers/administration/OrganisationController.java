package fr.allervers.administration;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import fr.allervers.security.AuditTrail;
import fr.allervers.security.CurrentConsortium;
import fr.allervers.territory.Consortium;
import fr.allervers.territory.Organisation;
import fr.allervers.territory.OrganisationRepository;

/**
 * The member organisations of the consortium. {@code GET /api/organisations} lists those offered for new accounts,
 * staff and encounters — the active ones — and {@code ?archived=true} all of them, for the administration. An admin
 * creates one ({@code POST}), renames it ({@code PUT /api/organisations/{id}}), archives it or brings it back
 * ({@code PUT /api/organisations/{id}/archived}).
 */
@RestController
class OrganisationController {

    static final int MAX_NAME = 200;

    record OrganisationView(Long id, String name, boolean archived, Instant archivedAt) {
        static OrganisationView of(Organisation o) {
            return new OrganisationView(o.getId(), o.getName(), o.isArchived(), o.getArchivedAt());
        }
    }

    record NameRequest(String name) {
    }

    record ArchivedRequest(Boolean archived) {
    }

    private final OrganisationRepository organisations;
    private final CurrentConsortium currentConsortium;
    private final AuditTrail audit;

    OrganisationController(OrganisationRepository organisations, CurrentConsortium currentConsortium,
            AuditTrail audit) {
        this.organisations = organisations;
        this.currentConsortium = currentConsortium;
        this.audit = audit;
    }

    /** @param archived true to list the archived organisations too */
    @GetMapping("/api/organisations")
    @Transactional(readOnly = true)
    List<OrganisationView> list(@RequestParam(defaultValue = "false") boolean archived) {
        Consortium consortium = currentConsortium.get();
        return (archived ? organisations.findByConsortiumOrderByName(consortium)
                : organisations.findByConsortiumAndArchivedAtIsNullOrderByName(consortium)).stream()
                .map(OrganisationView::of)
                .toList();
    }

    @PostMapping("/api/organisations")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    OrganisationView create(@RequestBody(required = false) NameRequest request) {
        Consortium consortium = currentConsortium.get();
        String name = freeName(consortium, request, null);
        Organisation created = organisations.save(new Organisation(name, consortium));
        audit.recordChange(AuditTrail.ORGANISATION_CHANGED, "organisation « " + name + " » créée", consortium.getId());
        return OrganisationView.of(created);
    }

    @PutMapping("/api/organisations/{id}")
    @Transactional
    OrganisationView rename(@PathVariable long id, @RequestBody(required = false) NameRequest request) {
        Consortium consortium = currentConsortium.get();
        Organisation organisation = organisation(id, consortium);
        String name = freeName(consortium, request, organisation);
        if (!name.equals(organisation.getName())) {
            audit.recordChange(AuditTrail.ORGANISATION_CHANGED, "organisation « " + organisation.getName()
                    + " » renommée « " + name + " »", consortium.getId());
            organisation.rename(name);
        }
        return OrganisationView.of(organisation);
    }

    /**
     * Archives an organisation (or brings it back): never deleted, since accounts, staff and encounters still name
     * it, but no longer offered for new ones.
     */
    @PutMapping("/api/organisations/{id}/archived")
    @Transactional
    OrganisationView archive(@PathVariable long id, @RequestBody(required = false) ArchivedRequest request) {
        if (request == null || request.archived() == null) {
            throw new IllegalArgumentException("indiquez « archived » : true pour archiver, false pour réactiver");
        }
        Consortium consortium = currentConsortium.get();
        Organisation organisation = organisation(id, consortium);
        if (organisation.isArchived() != request.archived()) {
            organisation.setArchived(request.archived());
            audit.recordChange(AuditTrail.ORGANISATION_CHANGED, "organisation « " + organisation.getName() + " » "
                    + (request.archived() ? "archivée" : "réactivée"), consortium.getId());
        }
        return OrganisationView.of(organisation);
    }

    private Organisation organisation(long id, Consortium consortium) {
        return organisations.findByIdAndConsortium(id, consortium)
                .orElseThrow(() -> new NoSuchElementException("organisation " + id + " introuvable"));
    }

    /** The trimmed name, refused when blank, too long, or already taken by another organisation of the consortium. */
    private String freeName(Consortium consortium, NameRequest request, Organisation renamed) {
        String name = request == null || request.name() == null ? "" : request.name().strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("nom de l'organisation obligatoire");
        }
        if (name.length() > MAX_NAME) {
            throw new IllegalArgumentException("nom de l'organisation trop long : " + MAX_NAME + " caractères au plus");
        }
        organisations.findByConsortiumAndNameIgnoreCase(consortium, name).stream()
                .filter(existing -> renamed == null || !existing.getId().equals(renamed.getId()))
                .findFirst().ifPresent(existing -> {
                    throw new IllegalArgumentException("l'organisation « " + existing.getName() + " » existe déjà"
                            + (existing.isArchived() ? " (archivée : réactivez-la plutôt)" : ""));
                });
        return name;
    }
}
