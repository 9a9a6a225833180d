package fr.allervers.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import fr.allervers.geo.FranceExtent;

/** Tells GeoJSON from CSV, decodes UTF-8 (with or without BOM) and checks that the data lies in France. */
final class SourceFiles {

    private SourceFiles() {
    }

    static List<SourceRecord> read(byte[] bytes, Integer crsOverride) {
        String text = decode(bytes).strip();
        if (text.isEmpty()) {
            throw ImportRejectedException.wholeFile("fichier vide");
        }
        List<SourceRecord> records = text.startsWith("{") || text.startsWith("[")
                ? GeoJsonSource.read(text, crsOverride)
                : CsvSource.read(text, crsOverride);
        if (records.isEmpty()) {
            throw ImportRejectedException.wholeFile("le fichier ne contient aucune entité");
        }
        return records;
    }

    private static String decode(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                throw ImportRejectedException.wholeFile("fichier binaire : ni GeoJSON ni CSV");
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw ImportRejectedException.wholeFile("le fichier n'est pas en UTF-8 (enregistrez-le en « CSV UTF-8 »)");
        }
    }

    static void requireInFrance(SourceRecord record) {
        if (record.geometry() != null && !record.geometry().isEmpty() && !FranceExtent.contains(record.geometry())) {
            var envelope = record.geometry().getEnvelopeInternal();
            throw record.reject(null, String.format(java.util.Locale.ROOT,
                    "coordonnées hors de France après reprojection (%.4f, %.4f) : axes inversés ou mauvais système"
                            + " de coordonnées ? (x/y outre-mer : précisez la projection, par exemple crs=EPSG:2975"
                            + " à La Réunion)", envelope.getMinX(), envelope.getMinY()));
        }
    }
}
