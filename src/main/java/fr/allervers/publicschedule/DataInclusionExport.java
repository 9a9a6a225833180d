package fr.allervers.publicschedule;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

import fr.allervers.territory.Commune;
import fr.allervers.territory.StaffRole;

/**
 * The territory's upcoming public permanences as data·inclusion services (schema v1), one service per place: where
 * partners of the Réseau pour l'emploi and the national directory look for services. The mapping, field by field, is
 * in docs/public-schedule.md; the values of the enumerations come from the schema's referentials.
 */
final class DataInclusionExport {

    static final String SOURCE = "aller-vers";

    /** data·inclusion v1 thematiques: the outreach itself, then per profession present. */
    static final String REMOBILISATION = "remobilisation--lien-social";
    static final Map<StaffRole, List<String>> THEMATIQUES_BY_ROLE = Map.of(
            StaffRole.SOCIAL_WORKER, List.of(
                    "difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits",
                    "difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives"),
            StaffRole.EMPLOYMENT_COUNSELLOR, List.of(
                    "preparer-sa-candidature--organiser-ses-demarches-de-recherche-demploi",
                    "trouver-un-emploi--repondre-a-des-offres-demploi"),
            StaffRole.PSYCHOLOGIST, List.of("sante--sante-mentale"),
            StaffRole.MEDIATOR, List.of("remobilisation--bien-etre-confiance-en-soi"));
    static final List<String> PUBLICS = List.of("demandeurs-emploi", "beneficiaires-des-minimas-sociaux",
            "personnes-en-situation-durgence", "residents-qpv-frr", "jeunes");

    /** One data·inclusion v1 service; absent values are left out of the JSON. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Service(String source, String structure_id, String id, String nom, String description, LocalDate date_maj,
                   List<String> types, List<String> thematiques, String frais, List<String> publics,
                   String code_insee, String commune, String adresse, Double longitude, Double latitude,
                   List<String> modes_accueil, List<String> zone_eligibilite, String lien_mobilisation,
                   List<String> modes_mobilisation, List<String> mobilisable_par, String mobilisation_precisions,
                   String horaires_accueil) {
    }

    private DataInclusionExport() {
    }

    static List<Service> services(PublicSchedule.Snapshot snapshot, String pageUrl) {
        Map<Long, List<PublicPermanence>> byPlace = new LinkedHashMap<>();
        snapshot.permanences().stream().filter(PublicPermanence::held)
                .forEach(p -> byPlace.computeIfAbsent(p.placeId(), id -> new ArrayList<>()).add(p));
        long territoryId = snapshot.territory().getId();
        List<String> zone = snapshot.territory().getCommunes().stream().map(Commune::getInsee).toList();
        OffsetDateTime changed = snapshot.lastModified();
        List<Service> services = new ArrayList<>();
        for (List<PublicPermanence> permanences : byPlace.values()) {
            PublicPermanence first = permanences.get(0);
            services.add(new Service(SOURCE, "territoire-" + territoryId,
                    "territoire-" + territoryId + "-lieu-" + first.placeId(), name(first), description(first),
                    (changed == null ? LocalDate.now(PublicSchedule.PARIS)
                            : changed.atZoneSameInstant(PublicSchedule.PARIS).toLocalDate()),
                    List.of("accompagnement"), thematiques(permanences), "gratuit", PUBLICS, first.communeInsee(),
                    first.communeName(), first.placeName(), first.lon(), first.lat(), List.of("en-presentiel"), zone,
                    pageUrl, List.of("se-presenter"), List.of("usagers", "professionnels"),
                    "Sans rendez-vous : venez aux dates et heures indiquées.", OpeningHours.of(permanences)));
        }
        return services;
    }

    /** 3 to 150 characters, not ending with a full stop (schema rule). */
    static String name(PublicPermanence p) {
        String name = "Permanence aller-vers emploi et accompagnement social — " + p.placeName();
        name = name.length() > 150 ? name.substring(0, 150) : name;
        return name.replaceAll("[.\\s]+$", "");
    }

    /** 50 to 2000 characters (schema rule). */
    static String description(PublicPermanence p) {
        String text = "Permanence d'aller-vers de l'offre de repérage et de remobilisation (O2R) à « " + p.placeName()
                + " » (" + p.placeDescription() + "), " + p.communeName() + ". Sans rendez-vous et gratuite : "
                + (p.roles().isEmpty() ? "une équipe de professionnels" : p.roles())
                + " accueille toute personne qui cherche un emploi, une formation, un accompagnement social ou"
                + " simplement à être écoutée. Les dates et heures sont dans horaires_accueil.";
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }

    static List<String> thematiques(List<PublicPermanence> permanences) {
        Set<String> themes = new LinkedHashSet<>();
        themes.add(REMOBILISATION);
        permanences.stream().flatMap(p -> p.professions().stream()).sorted().distinct()
                .forEach(role -> themes.addAll(THEMATIQUES_BY_ROLE.get(role)));
        return List.copyOf(themes);
    }
}
