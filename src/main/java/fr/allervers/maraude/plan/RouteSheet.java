package fr.allervers.maraude.plan;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

import fr.allervers.routing.TravelMode;

/**
 * The printable route sheet (feuille de route) of a team: per day, who is in the team, the stops in order with
 * arrival, start of the visit, departure, time on site, kind and commune, and the lunch break where it falls. Plain
 * HTML with a print style sheet: one day per page.
 */
final class RouteSheet {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRANCE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter FRENCH_TIME = DateTimeFormatter.ofPattern("HH' h 'mm");
    private static final String STYLE = """
            body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #111; }
            h1 { font-size: 1.4rem; margin-bottom: .2rem; }
            h2 { font-size: 1.1rem; margin: 1.2rem 0 .3rem; text-transform: capitalize; }
            table { border-collapse: collapse; width: 100%; font-size: .95rem; }
            th, td { border: 1px solid #888; padding: .3rem .5rem; text-align: left; vertical-align: top; }
            th { background: #eee; }
            td.notes { width: 22%; }
            tr.lunch td { font-style: italic; background: #f6f6f6; }
            .confidential { font-weight: bold; }
            @page { size: A4 landscape; margin: 1.2cm; }
            @media print {
              body { margin: 0; }
              .no-print { display: none; }
              section { page-break-after: always; break-after: page; }
              section:last-of-type { page-break-after: auto; break-after: auto; }
              tr { page-break-inside: avoid; break-inside: avoid; }
            }
            """;

    private RouteSheet() {
    }

    static String write(MaraudePlanViews.TeamRounds team) {
        StringBuilder html = new StringBuilder(4096);
        String title = "Feuille de route – " + team.teamName();
        html.append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(escape(title)).append("</h1>\n")
                .append("<p>Plan de maraude n° ").append(team.planId())
                .append(" · <span class=\"confidential\">Document confidentiel : adresses des hôtels 115 réservées à"
                        + " l'équipe, à ne pas diffuser ni laisser dans le véhicule.</span></p>\n")
                .append("<p class=\"no-print\"><button onclick=\"window.print()\">Imprimer</button></p>\n");
        for (PlanView.RoundView round : team.rounds()) {
            day(html, team, round);
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static void day(StringBuilder html, MaraudePlanViews.TeamRounds team, PlanView.RoundView round) {
        html.append("<section>\n<h2>").append(escape(round.date().format(DAY))).append("</h2>\n");
        members(html, round);
        if (round.stops().isEmpty()) {
            html.append("<p>Aucun passage prévu ce jour.</p>\n</section>\n");
            return;
        }
        html.append("<p>").append(round.mode() == TravelMode.FOOT ? "À pied" : "En véhicule")
                .append(" · départ de la base à ").append(team.shiftStart().format(TIME))
                .append(" · retour prévu à ").append(round.backAtBase().format(TIME));
        if (round.distanceMetres() > 0) {
            html.append(String.format(Locale.FRANCE, " · %.1f km", round.distanceMetres() / 1000));
        }
        html.append("</p>\n<table>\n<thead><tr><th>N°</th><th>Arrivée</th><th>Début</th><th>Départ</th>"
                + "<th>Sur place</th><th>Lieu</th><th>Type</th><th>Commune / adresse</th><th>Notes</th></tr></thead>\n"
                + "<tbody>\n");
        int before = 0;
        for (PlanView.StopView stop : round.stops()) {
            if (round.lunchBreak() != null && round.lunchBreak().afterStops() == before++) {
                lunch(html, round.lunchBreak());
            }
            long minutes = Duration.between(stop.serviceStart(), stop.departure()).toMinutes();
            html.append("<tr><td>").append(stop.order()).append("</td><td>")
                    .append(stop.arrival().format(TIME)).append("</td><td>")
                    .append(stop.serviceStart().format(TIME)).append("</td><td>")
                    .append(stop.departure().format(TIME)).append("</td><td>")
                    .append(minutes).append(" min</td><td class=\"stop\">")
                    .append(escape(stop.name())).append("</td><td>")
                    .append(escape(stop.kind().label())).append("</td><td>")
                    .append(stop.address() == null ? "" : escape(stop.address()))
                    .append("</td><td class=\"notes\"></td></tr>\n");
        }
        if (round.lunchBreak() != null && round.lunchBreak().afterStops() >= round.stops().size()) {
            lunch(html, round.lunchBreak());
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    /** The people of the team, so that the sheet left in a van says who was on that round. */
    private static void members(StringBuilder html, PlanView.RoundView round) {
        if (round.members() == null || round.members().isEmpty()) {
            return;
        }
        html.append("<p class=\"members\">Équipe : ");
        for (int i = 0; i < round.members().size(); i++) {
            PlanView.MemberView member = round.members().get(i);
            html.append(i == 0 ? "" : ", ").append(escape(member.label()));
            if (member.profession() != null) {
                html.append(" (").append(escape(member.profession())).append(')');
            }
        }
        html.append("</p>\n");
    }

    private static void lunch(StringBuilder html, PlanView.LunchView lunch) {
        html.append("<tr class=\"lunch\"><td></td><td colspan=\"8\">").append(escape(lunchLabel(lunch)))
                .append("</td></tr>\n");
    }

    /** « Pause déjeuner 12 h 00 – 12 h 45 », as the planning page and « Ma journée » write it. */
    static String lunchLabel(PlanView.LunchView lunch) {
        return "Pause déjeuner " + FRENCH_TIME.format(lunch.start()) + " – " + FRENCH_TIME.format(lunch.end());
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
