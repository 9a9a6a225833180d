package fr.allervers.publicschedule;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The French sentences the public answers share, so the page, the poster, the feed and the export say the same. */
final class PublicTexts {

    static final Locale FRENCH = Locale.FRANCE;
    static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", FRENCH);
    static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH'h'mm", FRENCH);
    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", FRENCH);

    private PublicTexts() {
    }

    static String day(PublicPermanence p) {
        String day = p.date().format(LONG_DAY);
        return Character.toUpperCase(day.charAt(0)) + day.substring(1);
    }

    static String hours(PublicPermanence p) {
        return "de " + p.start().format(HOUR) + " à " + p.end().format(HOUR);
    }

    /** « Sur place : un travailleur social et … », or what became of a permanence no longer held. */
    static String description(PublicPermanence p) {
        return switch (p.status()) {
            case PLANNED -> "Permanence d'accueil sans rendez-vous, gratuite, " + p.placeDescription() + "."
                    + (p.roles().isEmpty() ? "" : " Sur place : " + p.roles() + ".");
            case MOVED -> "Permanence déplacée : ce jour-là, elle se tient à « " + p.movedTo() + " ».";
            case CANCELLED -> "Permanence annulée.";
        };
    }

    static String month(java.time.YearMonth month) {
        String text = month.format(MONTH);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
