package fr.allervers.imports;

import java.util.Locale;

/** The French refusals of the import limits ({@code allervers.imports.*}), each naming the limit and its setting. */
final class ImportLimits {

    private ImportLimits() {
    }

    static String tooManyRows(int maxRows) {
        return "fichier trop long : plus de " + format(maxRows) + " lignes ou entités (limite"
                + " allervers.imports.max-rows) ; découpez-le en plusieurs fichiers";
    }

    static String tooManyVertices(long vertices, int maxPerFeature) {
        return "géométrie trop détaillée : " + format(vertices) + " points pour une limite de " + format(maxPerFeature)
                + " par entité (allervers.imports.max-vertices-per-feature) ; simplifiez le contour";
    }

    static String tooManyVerticesInFile(int maxVertices) {
        return "fichier trop détaillé : plus de " + format(maxVertices) + " points de contour en tout (limite"
                + " allervers.imports.max-vertices) ; découpez-le ou simplifiez les contours";
    }

    static String tooLarge(long bytes, long maxBytes) {
        return "fichier trop volumineux : " + format(bytes) + " octets pour une limite de " + format(maxBytes)
                + " (allervers.imports.max-bytes)";
    }

    static String busy(int maxConcurrent) {
        return "déjà " + maxConcurrent + " import(s) en cours (limite allervers.imports.max-concurrent) :"
                + " réessayez dans un moment";
    }

    /** 200 000 rather than 200000: the way a French reader counts. */
    static String format(long number) {
        return String.format(Locale.FRANCE, "%,d", number).replace('\u202f', ' ').replace('\u00a0', ' ');
    }
}
