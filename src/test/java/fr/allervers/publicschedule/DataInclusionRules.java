package fr.allervers.publicschedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * The rules of the data·inclusion schema v1 for a service that this export fills, encoded here (from the schema's
 * documentation and referentials, gip-inclusion/data-inclusion-schema): required fields, lengths, formats and the
 * enumerations of the values used. A value the export starts using must be added here from the referential.
 */
final class DataInclusionRules {

    static final Set<String> REQUIRED = Set.of("source", "structure_id", "id", "nom", "description", "date_maj");

    /** Referential « thématiques » v1 (sub-themes only): the values the export may use. */
    static final Set<String> THEMATIQUES = Set.of(
            "remobilisation--lien-social", "remobilisation--bien-etre-confiance-en-soi",
            "difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits",
            "difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives",
            "preparer-sa-candidature--organiser-ses-demarches-de-recherche-demploi",
            "trouver-un-emploi--repondre-a-des-offres-demploi", "sante--sante-mentale");
    /** Referential « publics » v1, complete. */
    static final Set<String> PUBLICS = Set.of("tous-publics", "actifs", "beneficiaires-des-minimas-sociaux",
            "demandeurs-emploi", "etudiants", "familles", "femmes", "jeunes", "personnes-en-situation-de-handicap",
            "personnes-en-situation-durgence", "personnes-en-situation-juridique-specifique", "personnes-exilees",
            "residents-qpv-frr", "seniors");
    static final Set<String> MODES_ACCUEIL = Set.of("a-distance", "en-presentiel");
    static final Set<String> TYPES = Set.of("accompagnement", "aide-financiere", "aide-materielle", "atelier",
            "formation", "information");
    static final Set<String> FRAIS = Set.of("gratuit", "payant");
    static final Set<String> MODES_MOBILISATION = Set.of("envoyer-un-courriel", "se-presenter", "telephoner",
            "utiliser-lien-mobilisation");
    static final Set<String> MOBILISABLE_PAR = Set.of("usagers", "professionnels");

    /** OSM opening_hours with actual dates: « 2026 Dec 08 09:00-12:00,14:00-17:00; 2026 Dec 15 14:00-17:00 ». */
    static final Pattern OPENING_HOURS = Pattern.compile(
            "\\d{4} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{2} \\d{2}:\\d{2}-\\d{2}:\\d{2}"
                    + "(,\\d{2}:\\d{2}-\\d{2}:\\d{2})*"
                    + "(; \\d{4} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{2} \\d{2}:\\d{2}-\\d{2}:\\d{2}"
                    + "(,\\d{2}:\\d{2}-\\d{2}:\\d{2})*)*");

    private DataInclusionRules() {
    }

    static void check(JsonNode service) {
        String where = service.path("id").asString("?");
        for (String field : REQUIRED) {
            assertThat(service.hasNonNull(field)).as(where + " : champ obligatoire " + field).isTrue();
            assertThat(service.get(field).asString()).as(where + " " + field).isNotBlank();
        }
        String nom = service.get("nom").asString();
        assertThat(nom.length()).as(where + " nom : 3 à 150 caractères").isBetween(3, 150);
        assertThat(nom).as(where + " nom : ne se termine pas par un point").doesNotEndWith(".");
        assertThat(service.get("description").asString().length()).as(where + " description : 50 à 2000")
                .isBetween(50, 2000);
        LocalDate.parse(service.get("date_maj").asString()); // format date
        if (service.hasNonNull("code_insee")) {
            assertThat(service.get("code_insee").asString()).matches("\\w{5}");
        }
        if (service.hasNonNull("code_postal")) {
            assertThat(service.get("code_postal").asString()).matches("\\d{5}");
        }
        if (service.hasNonNull("longitude")) {
            assertThat(service.get("longitude").isNumber()).isTrue();
            assertThat(service.get("longitude").asDouble()).isBetween(-180.0, 180.0);
            assertThat(service.get("latitude").asDouble()).isBetween(-90.0, 90.0);
        }
        inReferential(service, "thematiques", THEMATIQUES);
        inReferential(service, "publics", PUBLICS);
        inReferential(service, "modes_accueil", MODES_ACCUEIL);
        inReferential(service, "types", TYPES);
        inReferential(service, "modes_mobilisation", MODES_MOBILISATION);
        inReferential(service, "mobilisable_par", MOBILISABLE_PAR);
        if (service.hasNonNull("frais")) {
            assertThat(FRAIS).as(where + " frais").contains(service.get("frais").asString());
        }
        if (service.hasNonNull("lien_mobilisation")) {
            assertThat(service.get("lien_mobilisation").asString()).as(where + " lien_mobilisation : uri")
                    .matches("https?://\\S+");
        }
        if (service.hasNonNull("horaires_accueil")) {
            assertThat(service.get("horaires_accueil").asString()).as(where + " horaires_accueil")
                    .matches(OPENING_HOURS);
        }
    }

    private static void inReferential(JsonNode service, String field, Set<String> values) {
        if (!service.hasNonNull(field)) {
            return;
        }
        assertThat(service.get(field).isArray()).as(field + " : tableau").isTrue();
        service.get(field).forEach(v -> assertThat(values).as(service.get("id").asString() + " " + field)
                .contains(v.asString()));
    }
}
