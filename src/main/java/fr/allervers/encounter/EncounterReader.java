package fr.allervers.encounter;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.locationtech.jts.geom.Point;

import fr.allervers.geo.FranceExtent;
import fr.allervers.imports.ImportRejectedException;
import fr.allervers.imports.SourceRecord;

/**
 * Reads one encounter from a CSV row or a JSON object and checks every rule; the first broken rule refuses the
 * record with a French reason. Unknown columns are refused too: a "nom" or "commentaire" column would make users
 * believe that such data is kept, and sending it at all is already too much.
 */
final class EncounterReader {

    static final String[] DATE = {"met_at", "metat", "date", "date_heure", "datetime", "date_rencontre"};
    static final String[] TIME = {"heure", "time"};
    static final String[] ORGANISATION = {"organisation_id", "organisationid", "organisation", "structure",
            "structure_id"};
    static final String[] CONTEXT = {"context", "contexte"};
    static final String[] CONTEXT_ID = {"context_id", "contextid", "contexte_id"};
    static final String[] CATEGORY = {"category", "categorie", "public"};
    static final String[] OUTCOME = {"outcome", "suite", "resultat"};
    static final String[] PARTNER = {"partner", "partenaire"};
    static final String[] PEOPLE = {"people", "personnes", "nb_personnes", "nombre"};
    private static final List<String> POINT = List.of("lon", "longitude", "lng", "lat", "latitude", "x", "y",
            "x_l93", "y_l93", "coord_x", "coord_y");
    private static final Set<String> IDENTIFYING = Set.of("nom", "prenom", "prénom", "name", "first_name",
            "firstname", "last_name", "lastname", "date_naissance", "naissance", "birth_date", "birthdate", "age",
            "telephone", "téléphone", "phone", "email", "mail", "adresse", "address", "commentaire", "commentaires",
            "comment", "comments", "notes", "note", "remarque", "remarques", "observation", "observations");
    private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(10);
    private static final LocalTime DATE_ONLY_TIME = LocalTime.NOON;
    private static final Pattern FRENCH_DATE = Pattern.compile(
            "(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:[ T]+(\\d{1,2})[:hH](\\d{2})?(?::(\\d{2}))?)?");

    private final Instant now;
    private final ZoneId zone;
    private final Instant oldest;

    EncounterReader(Instant now, ZoneId zone, Period retention) {
        this.now = now;
        this.zone = zone;
        this.oldest = now.atZone(zone).minus(retention).toInstant();
    }

    EncounterDraft read(SourceRecord record) {
        refuseUnknownFields(record);
        Point location = point(record);
        Instant metAt = metAt(record);
        String organisation = record.required("structure", ORGANISATION);
        try {
            EncounterContext context = record.text(CONTEXT) == null ? EncounterContext.OTHER
                    : EncounterContext.parse(record.text(CONTEXT));
            Long contextId = contextId(record, context);
            EncounterCategory category = EncounterCategory.parse(record.required("public", CATEGORY));
            EncounterOutcome outcome = EncounterOutcome.parse(record.required("suite", OUTCOME));
            PartnerKind partner = partner(record, outcome);
            return new EncounterDraft(record.number(), metAt, location, organisation, context, contextId, category,
                    outcome, partner, people(record));
        } catch (IllegalArgumentException e) {
            throw record.reject(null, e.getMessage());
        }
    }

    private static void refuseUnknownFields(SourceRecord record) {
        for (String field : record.properties().keySet()) {
            String name = field.toLowerCase(Locale.ROOT).trim();
            if (IDENTIFYING.contains(name)) {
                throw record.reject(null, "champ « " + field + " » refusé : Aller-Vers n'enregistre aucune donnée"
                        + " permettant d'identifier une personne (ni nom, ni date de naissance, ni texte libre)");
            }
            if (!known(name)) {
                throw record.reject(null, "champ inconnu « " + field + " » (champs acceptés : date, heure, lon/lat"
                        + " ou x/y, structure, contexte, contexte_id, public, suite, partenaire, personnes)");
            }
        }
    }

    private static boolean known(String name) {
        return POINT.contains(name) || List.of(DATE).contains(name) || List.of(TIME).contains(name)
                || List.of(ORGANISATION).contains(name) || List.of(CONTEXT).contains(name)
                || List.of(CONTEXT_ID).contains(name) || List.of(CATEGORY).contains(name)
                || List.of(OUTCOME).contains(name) || List.of(PARTNER).contains(name)
                || List.of(PEOPLE).contains(name);
    }

    private static Point point(SourceRecord record) {
        if (record.geometry() == null) {
            throw record.reject(null, "coordonnées manquantes (lon/lat ou x/y)");
        }
        if (!(record.geometry() instanceof Point point)) {
            throw record.reject(null, "géométrie " + record.geometry().getGeometryType() + " au lieu de Point");
        }
        if (!FranceExtent.contains(point)) {
            throw record.reject(null, String.format(Locale.ROOT, "point hors de France (%.4f, %.4f) : axes inversés"
                    + " ou mauvais système de coordonnées ?", point.getX(), point.getY()));
        }
        return point;
    }

    private Instant metAt(SourceRecord record) {
        String text = record.required("date de la rencontre", DATE);
        Instant metAt;
        try {
            metAt = parseDate(text, record.text(TIME));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw record.reject(null, "date illisible : « " + text + " » (exemples : 2025-03-14T10:30:00+01:00,"
                    + " 2025-03-14 10:30, 14/03/2025 10h30, 14/03/2025)");
        }
        if (metAt.isAfter(now.plus(CLOCK_TOLERANCE))) {
            throw record.reject(null, "date dans le futur : « " + text + " »");
        }
        if (metAt.isBefore(oldest)) {
            throw record.reject(null, "date plus ancienne que la durée de conservation des rencontres : « " + text
                    + " »");
        }
        return metAt;
    }

    /** Local dates and times are read in the service's zone; a date alone is taken at noon. */
    Instant parseDate(String text, String timeText) {
        String value = text.trim();
        Matcher french = FRENCH_DATE.matcher(value);
        if (french.matches()) {
            LocalDate date = LocalDate.of(Integer.parseInt(french.group(3)), Integer.parseInt(french.group(2)),
                    Integer.parseInt(french.group(1)));
            LocalTime time = french.group(4) == null ? time(timeText)
                    : LocalTime.of(Integer.parseInt(french.group(4)),
                            french.group(5) == null ? 0 : Integer.parseInt(french.group(5)),
                            french.group(6) == null ? 0 : Integer.parseInt(french.group(6)));
            return date.atTime(time).atZone(zone).toInstant();
        }
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return LocalDate.parse(value).atTime(time(timeText)).atZone(zone).toInstant();
        }
        String iso = value.replace(' ', 'T');
        if (iso.matches(".*(Z|[+-]\\d{2}:?\\d{2})$")) {
            return OffsetDateTime.parse(iso, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        }
        return LocalDateTime.parse(iso).atZone(zone).toInstant();
    }

    private static LocalTime time(String text) {
        if (text == null) {
            return DATE_ONLY_TIME;
        }
        String normalised = text.trim().toLowerCase(Locale.ROOT).replace('h', ':');
        if (normalised.endsWith(":")) {
            normalised += "00";
        }
        if (normalised.indexOf(':') == 1) {
            normalised = "0" + normalised;
        }
        return LocalTime.parse(normalised);
    }

    private static Long contextId(SourceRecord record, EncounterContext context) {
        String text = record.text(CONTEXT_ID);
        if (text == null) {
            return null;
        }
        if (context == EncounterContext.OTHER) {
            throw new IllegalArgumentException("contexte_id n'a de sens que pour une PERMANENCE ou une MARAUDE");
        }
        if (!text.matches("\\d{1,18}")) {
            throw new IllegalArgumentException("contexte_id doit être un identifiant numérique : « " + text + " »");
        }
        return Long.parseLong(text);
    }

    private static PartnerKind partner(SourceRecord record, EncounterOutcome outcome) {
        String text = record.text(PARTNER);
        if (outcome == EncounterOutcome.ORIENTED) {
            if (text == null) {
                throw new IllegalArgumentException("partenaire manquant : une orientation (ORIENTED) dit vers qui"
                        + " (FRANCE_TRAVAIL, MISSION_LOCALE, CCAS, HEALTH, HOUSING, OTHER)");
            }
            return PartnerKind.parse(text);
        }
        if (text != null) {
            throw new IllegalArgumentException("partenaire « " + text + " » donné pour une suite " + outcome
                    + " : seule une orientation (ORIENTED) a un partenaire");
        }
        return null;
    }

    private static int people(SourceRecord record) {
        String text = record.required("nombre de personnes", PEOPLE);
        if (!text.matches("\\d{1,4}")) {
            throw new IllegalArgumentException("nombre de personnes illisible : « " + text
                    + " » (un entier de 1 à 50)");
        }
        int people = Integer.parseInt(text);
        if (people < 1 || people > 50) {
            throw new IllegalArgumentException("nombre de personnes hors limites : " + people + " (de 1 à 50)");
        }
        return people;
    }
}
