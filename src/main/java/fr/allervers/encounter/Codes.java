package fr.allervers.encounter;

import java.text.Normalizer;
import java.util.Locale;

/** Turns what people type ("Orienté", "sans-abri", "16-25") into a comparable code ("ORIENTE", "SANS_ABRI"). */
final class Codes {

    private Codes() {
    }

    static String normalise(String text) {
        String ascii = Normalizer.normalize(text.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
    }
}
