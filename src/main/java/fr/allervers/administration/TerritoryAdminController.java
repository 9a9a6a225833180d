package fr.allervers.administration;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import fr.allervers.security.AuditTrail;
import fr.allervers.security.CurrentConsortium;
import fr.allervers.security.TenantTerritories;
import fr.allervers.territory.Commune;
import fr.allervers.territory.CommuneRepository;
import fr.allervers.territory.Consortium;
import fr.allervers.territory.Territory;
import fr.allervers.territory.TerritoryRepository;

/**
 * An admin draws the consortium's territories from the imported communes: {@code POST /api/territories} and
 * {@code PUT /api/territories/{id}} with {@code {"name", "communes": ["69259", …]}}. A consortium may have several.
 * The answer has the shape of {@code GET /api/territories}.
 */
@RestController
class TerritoryAdminController {

    static final int MAX_NAME = 200;
    static final int MAX_COMMUNES = 5000;
    private static final int MAX_NAMED_UNKNOWN = 20;

    record TerritoryRequest(String name, List<String> communes) {
    }

    record CommuneSummary(String insee, String name, Integer population) {
    }

    record TerritoryView(Long id, String name, boolean demo, String consortium, List<CommuneSummary> communes) {
        static TerritoryView of(Territory t) {
            return new TerritoryView(t.getId(), t.getName(), t.isDemo(), t.getConsortium().getName(),
                    t.getCommunes().stream().map(c -> new CommuneSummary(c.getInsee(), c.getName(), c.getPopulation()))
                            .toList());
        }
    }

    private final TerritoryRepository territories;
    private final CommuneRepository communes;
    private final CurrentConsortium currentConsortium;
    private final TenantTerritories tenantTerritories;
    private final AuditTrail audit;

    TerritoryAdminController(TerritoryRepository territories, CommuneRepository communes,
            CurrentConsortium currentConsortium, TenantTerritories tenantTerritories, AuditTrail audit) {
        this.territories = territories;
        this.communes = communes;
        this.currentConsortium = currentConsortium;
        this.tenantTerritories = tenantTerritories;
        this.audit = audit;
    }

    @PostMapping("/api/territories")
    @Transactional
    ResponseEntity<TerritoryView> create(@RequestBody(required = false) TerritoryRequest request) {
        Consortium consortium = currentConsortium.get();
        String name = freeName(consortium, request, null);
        List<Commune> covered = communes(request);
        Territory territory = new Territory(name, consortium, false);
        territory.replaceCommunes(covered);
        territory = territories.save(territory);
        audit.recordChange(AuditTrail.TERRITORY_CHANGED, "territoire « " + name + " » créé (" + covered.size()
                + " communes)", consortium.getId());
        return ResponseEntity.created(URI.create("/api/territories/" + territory.getId()))
                .body(TerritoryView.of(territory));
    }

    @PutMapping("/api/territories/{id}")
    @Transactional
    TerritoryView update(@PathVariable long id, @RequestBody(required = false) TerritoryRequest request) {
        Territory territory = tenantTerritories.require(id);
        Consortium consortium = territory.getConsortium();
        String name = freeName(consortium, request, territory);
        List<Commune> covered = communes(request);
        String before = territory.getName();
        territory.rename(name);
        territory.replaceCommunes(covered);
        audit.recordChange(AuditTrail.TERRITORY_CHANGED, "territoire « " + before + " » modifié"
                + (before.equals(name) ? "" : ", renommé « " + name + " »") + " (" + covered.size() + " communes)",
                consortium.getId());
        return TerritoryView.of(territory);
    }

    private String freeName(Consortium consortium, TerritoryRequest request, Territory renamed) {
        String name = request == null || request.name() == null ? "" : request.name().strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("nom du territoire obligatoire");
        }
        if (name.length() > MAX_NAME) {
            throw new IllegalArgumentException("nom du territoire trop long : " + MAX_NAME + " caractères au plus");
        }
        territories.findByConsortiumAndNameIgnoreCase(consortium, name).stream()
                .filter(existing -> renamed == null || !existing.getId().equals(renamed.getId()))
                .findFirst().ifPresent(existing -> {
                    throw new IllegalArgumentException("le territoire « " + existing.getName() + " » existe déjà");
                });
        return name;
    }

    /** The communes asked for, in the order given, each known; otherwise 400 naming the codes to fix. */
    private List<Commune> communes(TerritoryRequest request) {
        if (request == null || request.communes() == null || request.communes().isEmpty()) {
            throw new IllegalArgumentException("choisissez au moins une commune (codes INSEE dans « communes »)");
        }
        Set<String> codes = new LinkedHashSet<>();
        List<String> malformed = new ArrayList<>();
        for (String raw : request.communes()) {
            String code = raw == null ? "" : raw.strip().toUpperCase(java.util.Locale.ROOT);
            if (code.matches("\\d[\\dAB]\\d{3}")) {
                codes.add(code);
            } else {
                malformed.add("« " + (raw == null ? "" : raw) + " »");
            }
        }
        if (!malformed.isEmpty()) {
            throw new IllegalArgumentException("codes INSEE mal formés (5 caractères, ex. 69259 ou 2A004) : "
                    + named(malformed));
        }
        if (codes.size() > MAX_COMMUNES) {
            throw new IllegalArgumentException("trop de communes : " + MAX_COMMUNES + " au plus par territoire");
        }
        Map<String, Commune> known = communes.findAllById(codes).stream()
                .collect(Collectors.toMap(Commune::getInsee, Function.identity()));
        List<String> unknown = codes.stream().filter(code -> !known.containsKey(code)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("codes INSEE inconnus : " + named(unknown)
                    + " (importez d'abord les communes de leur département)");
        }
        return codes.stream().map(known::get).toList();
    }

    private static String named(List<String> codes) {
        String shown = String.join(", ", codes.subList(0, Math.min(codes.size(), MAX_NAMED_UNKNOWN)));
        return codes.size() > MAX_NAMED_UNKNOWN ? shown + " et " + (codes.size() - MAX_NAMED_UNKNOWN) + " autres"
                : shown;
    }
}
