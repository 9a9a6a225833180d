package fr.allervers.publicschedule;

import static fr.allervers.publicschedule.Html.escape;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.allervers.territory.Commune;

/**
 * The public pages, rendered here: they work without JavaScript, print as they are and pass the strict Content
 * Security Policy (no inline script or style; the map is the one script, /js/pages/horaires-publics.js). Every value
 * from the database is escaped ({@link Html}). French, phone first; the CSS is /css/horaires-publics.css.
 */
final class PublicPages {

    /** The addresses the pages link to, absolute from {@code allervers.public-url} where they leave the site. */
    record Links(String page, String json, String data, String base) {

        String ics(String insee) {
            return base + "/communes/" + insee + ".ics";
        }

        String poster(String insee, YearMonth month) {
            return base + "/communes/" + insee + "/poster?month=" + month;
        }
    }

    private PublicPages() {
    }

    /** The full page: a filter by commune, the map, the list of dates, the feeds and posters. */
    static String page(PublicSchedule.Snapshot snapshot, String commune, Links links) {
        String territory = snapshot.territory().getName();
        List<PublicPermanence> shown = commune == null ? snapshot.permanences() : snapshot.ofCommune(commune);
        StringBuilder html = head("Permanences d'aller-vers — " + territory, "public", true);
        html.append("<a class=\"lien-evitement\" href=\"#contenu\">Aller au contenu</a>")
                .append("<header class=\"bandeau\"><p class=\"service\">Aller-Vers</p><h1>Où rencontrer l'équipe"
                        + " d'aller-vers — ").append(escape(territory)).append("</h1></header>")
                .append("<main id=\"contenu\">")
                .append("<p class=\"intro\">Des professionnels de l'emploi et de l'accompagnement social viennent"
                        + " près de chez vous, sans rendez-vous et gratuitement. Voici leurs prochaines"
                        + " permanences.</p>");
        html.append("<form class=\"filtre no-print\" method=\"get\" action=\"").append(escape(links.base()))
                .append("\"><label for=\"commune\">Commune</label><select id=\"commune\" name=\"commune\">")
                .append("<option value=\"\">Toutes les communes</option>");
        for (Commune c : snapshot.territory().getCommunes()) {
            html.append("<option value=\"").append(escape(c.getInsee())).append('"')
                    .append(c.getInsee().equals(commune) ? " selected" : "").append('>').append(escape(c.getName()))
                    .append("</option>");
        }
        html.append("</select><button type=\"submit\">Afficher</button></form>");
        html.append("<section aria-labelledby=\"titre-carte\"><h2 id=\"titre-carte\">Carte des lieux</h2>")
                .append("<div id=\"carte\" class=\"carte\" data-source=\"").append(escape(links.json()))
                .append("\" data-communes=\"").append(escape(links.base() + "/communes.geojson")).append('"')
                .append(commune == null ? "" : " data-commune=\"" + escape(commune) + "\"")
                .append(" role=\"region\" aria-label=\"Carte des lieux de permanence\"></div>")
                .append("<p class=\"note\">La liste ci-dessous donne les mêmes lieux, avec les dates.</p></section>");
        html.append("<section aria-labelledby=\"titre-dates\"><h2 id=\"titre-dates\">Prochaines dates")
                .append(commune == null ? "" : " à " + escape(snapshot.communeName(commune))).append("</h2>");
        list(html, shown, "h3");
        html.append("</section>");
        html.append("<section class=\"no-print\" aria-labelledby=\"titre-suivre\"><h2 id=\"titre-suivre\">Suivre"
                + " ces dates</h2><ul class=\"suivre\">");
        YearMonth month = YearMonth.now(PublicSchedule.PARIS);
        for (Commune c : snapshot.territory().getCommunes()) {
            if (commune != null && !c.getInsee().equals(commune)) {
                continue;
            }
            html.append("<li><strong>").append(escape(c.getName())).append("</strong> : <a href=\"")
                    .append(escape(links.ics(c.getInsee()))).append("\">ajouter à mon agenda (iCalendar)</a> · <a href=\"")
                    .append(escape(links.poster(c.getInsee(), month))).append("\">affiche de ")
                    .append(escape(PublicTexts.month(month).toLowerCase(PublicTexts.FRENCH))).append("</a></li>");
        }
        html.append("</ul><p><button type=\"button\" id=\"imprimer\" class=\"bouton\">Imprimer cette page</button></p>")
                .append("<p>Données ouvertes : <a href=\"").append(escape(links.data()))
                .append("\">les lieux et dates au format data·inclusion</a>.</p></section></main>");
        footer(html, snapshot);
        return html.append("</body></html>").toString();
    }

    /** For a mairie's website, in an iframe: the list only, links open the full page in a new tab. */
    static String embed(PublicSchedule.Snapshot snapshot, String commune, Links links) {
        String where = commune == null ? snapshot.territory().getName() : snapshot.communeName(commune);
        List<PublicPermanence> shown = commune == null ? snapshot.permanences() : snapshot.ofCommune(commune);
        StringBuilder html = head("Permanences d'aller-vers — " + where, "integre", false);
        html.append("<main id=\"contenu\"><h1>Permanences d'aller-vers — ").append(escape(where)).append("</h1>")
                .append("<p class=\"intro\">Emploi et accompagnement social, sans rendez-vous et gratuit.</p>");
        list(html, shown.stream().limit(20).toList(), "h2");
        html.append("<p><a href=\"").append(escape(links.page() + (commune == null ? "" : "?commune=" + commune)))
                .append("\" target=\"_blank\" rel=\"noopener\">Toutes les dates et la carte"
                        + " <span class=\"visually-hidden\">(nouvelle fenêtre)</span></a></p></main>");
        return html.append("</body></html>").toString();
    }

    /** An A4 poster of one commune for one month: the dates, a small map of the numbered stops, a QR code. */
    static String poster(PublicSchedule.Snapshot snapshot, String insee, YearMonth month, Links links, String qrSvg) {
        String communeName = snapshot.communeName(insee);
        List<PublicPermanence> ofMonth = snapshot.ofCommune(insee).stream()
                .filter(p -> YearMonth.from(p.date()).equals(month)).toList();
        List<PublicPermanence> stops = StopsMap.distinctPlaces(ofMonth);
        Map<Long, Integer> numbers = new LinkedHashMap<>();
        stops.forEach(s -> numbers.put(s.placeId(), numbers.size() + 1));
        StringBuilder html = head("Affiche — permanences à " + communeName + ", " + PublicTexts.month(month), "affiche",
                false);
        html.append("<main id=\"contenu\" class=\"feuille\">")
                .append("<header><p class=\"service\">Emploi · accompagnement social · sans rendez-vous · gratuit</p>")
                .append("<h1>L'équipe d'aller-vers vient à ").append(escape(communeName)).append("</h1>")
                .append("<p class=\"mois\">").append(escape(PublicTexts.month(month))).append("</p></header>");
        if (ofMonth.isEmpty()) {
            html.append("<p class=\"vide\">Aucune permanence publiée ce mois-ci.</p>");
        } else {
            html.append("<table class=\"dates\"><caption class=\"visually-hidden\">Dates du mois</caption><thead><tr>"
                    + "<th scope=\"col\">Date</th><th scope=\"col\">Horaires</th><th scope=\"col\">Lieu</th></tr>"
                    + "</thead><tbody>");
            for (PublicPermanence p : ofMonth) {
                html.append("<tr").append(p.held() ? "" : " class=\"plus-tenue\"").append("><td>")
                        .append(escape(PublicTexts.day(p))).append("</td><td>").append(escape(PublicTexts.hours(p)))
                        .append(p.held() ? "" : " — <strong>" + escape(p.status().french()) + "</strong>")
                        .append("</td><td><span class=\"numero\">").append(numbers.get(p.placeId())).append("</span> ")
                        .append(escape(p.placeName())).append("</td></tr>");
            }
            html.append("</tbody></table>");
        }
        html.append("<div class=\"pied\"><figure class=\"plan\">")
                .append(StopsMap.svg(communeOutline(snapshot, insee), stops, "Plan des lieux de " + communeName))
                .append("<figcaption><ol>");
        stops.forEach(s -> html.append("<li>").append(escape(s.placeName())).append(" (")
                .append(escape(s.placeDescription())).append(")</li>"));
        html.append("</ol></figcaption></figure><figure class=\"code\">").append(qrSvg)
                .append("<figcaption>Toutes les dates, mises à jour :<br><span class=\"adresse\">")
                .append(escape(links.page() + "?commune=" + insee)).append("</span></figcaption></figure></div>")
                .append("<p class=\"no-print\"><button type=\"button\" id=\"imprimer\" class=\"bouton\">Imprimer"
                        + " l'affiche</button></p></main>");
        return html.append("</body></html>").toString();
    }

    private static org.locationtech.jts.geom.Geometry communeOutline(PublicSchedule.Snapshot snapshot, String insee) {
        return snapshot.territory().getCommunes().stream().filter(c -> c.getInsee().equals(insee)).findFirst()
                .map(Commune::getGeometry).orElse(null);
    }

    /** The dates, grouped by day; a permanence no longer held keeps its line, marked « annulée » or « déplacée ». */
    private static void list(StringBuilder html, List<PublicPermanence> permanences, String heading) {
        if (permanences.isEmpty()) {
            html.append("<p class=\"vide\">Aucune permanence publiée pour les trois prochains mois.</p>");
            return;
        }
        LocalDate day = null;
        for (PublicPermanence p : permanences) {
            if (!p.date().equals(day)) {
                if (day != null) {
                    html.append("</ul>");
                }
                day = p.date();
                html.append('<').append(heading).append(" class=\"jour\">").append(escape(PublicTexts.day(p)))
                        .append("</").append(heading).append("><ul class=\"permanences\">");
            }
            html.append("<li class=\"permanence\" data-status=\"").append(p.status().name()).append("\">");
            if (!p.held()) {
                html.append("<p class=\"etat\">").append(p.status() == PublicStatus.MOVED ? "Déplacée" : "Annulée")
                        .append("</p>");
            }
            html.append("<p class=\"horaire\">").append(escape(PublicTexts.hours(p))).append("</p>")
                    .append("<p class=\"lieu\"><strong>").append(escape(p.placeName())).append("</strong>, ")
                    .append(escape(p.communeName())).append(" <span class=\"genre\">(")
                    .append(escape(p.placeDescription())).append(")</span></p>");
            if (p.status() == PublicStatus.MOVED) {
                html.append("<p class=\"qui\">Ce jour-là, la permanence se tient à « ").append(escape(p.movedTo()))
                        .append(" ».</p>");
            } else if (p.held() && !p.roles().isEmpty()) {
                html.append("<p class=\"qui\">Sur place : ").append(escape(p.roles())).append(".</p>");
            }
            html.append("</li>");
        }
        html.append("</ul>");
    }

    private static StringBuilder head(String title, String bodyClass, boolean map) {
        StringBuilder html = new StringBuilder(8192);
        html.append("<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(escape(title)).append("</title>")
                .append("<link rel=\"icon\" href=\"/favicon.ico\" sizes=\"32x32\">")
                .append("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">");
        if (map) {
            html.append("<link rel=\"stylesheet\" href=\"/webjars/leaflet/dist/leaflet.css\">");
        }
        html.append("<link rel=\"stylesheet\" href=\"/css/horaires-publics.css\">")
                .append("<script src=\"/js/errors.js\"></script>");
        if (map) {
            html.append("<script src=\"/webjars/leaflet/dist/leaflet.js\"></script>");
        }
        if (!"integre".equals(bodyClass)) {
            html.append("<script type=\"module\" src=\"/js/pages/horaires-publics.js\"></script>");
        }
        return html.append("</head><body class=\"").append(bodyClass).append("\">");
    }

    private static void footer(StringBuilder html, PublicSchedule.Snapshot snapshot) {
        html.append("<footer class=\"pied-public\"><p>Horaires publiés par la coordination du territoire « ")
                .append(escape(snapshot.territory().getName())).append(" »");
        if (snapshot.lastModified() != null) {
            html.append(", mis à jour le ").append(escape(snapshot.lastModified()
                    .atZoneSameInstant(PublicSchedule.PARIS).toLocalDate().format(PublicTexts.LONG_DAY)));
        }
        html.append(". Ils peuvent changer : consultez-les avant de vous déplacer.</p></footer>");
    }
}
