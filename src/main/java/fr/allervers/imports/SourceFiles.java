package fr.allervers.imports;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import fr.allervers.geo.FranceExtent;
import fr.allervers.system.AllerVersProperties;

/**
 * Tells GeoJSON from CSV, decodes UTF-8 (with or without BOM) and checks that the data lies in France. The file is
 * read as a stream (a CSV line by line), never copied whole into a string; the row and vertex limits are checked
 * while reading, so that an oversized file is refused before it fills the memory.
 */
final class SourceFiles {

    /** How far ahead the reader may look to tell the format and the CSV separator. */
    private static final int LOOK_AHEAD = 1 << 20;

    private SourceFiles() {
    }

    static List<SourceRecord> read(byte[] bytes, Integer crsOverride, AllerVersProperties.Imports limits) {
        return read(new ByteArrayInputStream(bytes), crsOverride, limits);
    }

    static List<SourceRecord> read(InputStream bytes, Integer crsOverride, AllerVersProperties.Imports limits) {
        try {
            bytes = refuseBinaryStart(bytes);
            BufferedReader text = new BufferedReader(new NoNulReader(new InputStreamReader(bytes,
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT))), 1 << 16);
            int first = firstSignificant(text);
            if (first < 0) {
                throw ImportRejectedException.wholeFile("fichier vide");
            }
            List<SourceRecord> records = first == '{' || first == '['
                    ? GeoJsonSource.read(text, crsOverride, limits)
                    : CsvSource.read(text, crsOverride, limits.maxRows());
            if (records.isEmpty()) {
                throw ImportRejectedException.wholeFile("le fichier ne contient aucune entité");
            }
            return records;
        } catch (UncheckedIOException e) {
            throw unreadable(e.getCause());
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /**
     * A spreadsheet or an image usually shows a NUL byte in its first bytes, before any byte that is not UTF-8:
     * looking there first says « binary » rather than « not UTF-8 ».
     */
    private static InputStream refuseBinaryStart(InputStream bytes) throws IOException {
        java.io.BufferedInputStream buffered = new java.io.BufferedInputStream(bytes, 1 << 16);
        buffered.mark(8192);
        byte[] start = buffered.readNBytes(8192);
        buffered.reset();
        for (byte b : start) {
            if (b == 0) {
                throw new BinaryContentException();
            }
        }
        return buffered;
    }

    /** Skips a byte order mark and leading blanks; returns the first other character without consuming it. */
    private static int firstSignificant(BufferedReader text) throws IOException {
        while (true) {
            text.mark(1);
            int c = text.read();
            if (c < 0) {
                return -1;
            }
            if (c != '\uFEFF' && !Character.isWhitespace(c)) {
                text.reset();
                return c;
            }
        }
    }

    /** The first line, for the CSV separator, leaving the reader where it was. */
    static String firstLine(BufferedReader text) throws IOException {
        text.mark(LOOK_AHEAD);
        StringBuilder line = new StringBuilder();
        for (int c = text.read(); c >= 0 && c != '\n' && line.length() < LOOK_AHEAD - 1; c = text.read()) {
            line.append((char) c);
        }
        text.reset();
        return line.toString();
    }

    private static ImportRejectedException unreadable(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof BinaryContentException) {
                return ImportRejectedException.wholeFile("fichier binaire : ni GeoJSON ni CSV");
            }
            if (t instanceof CharacterCodingException) {
                return ImportRejectedException.wholeFile("le fichier n'est pas en UTF-8 (enregistrez-le en « CSV UTF-8 »)");
            }
        }
        return ImportRejectedException.wholeFile("fichier illisible : " + cause.getMessage());
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

    /** A NUL character never occurs in a text file: it means a spreadsheet or an archive was sent. */
    private static final class BinaryContentException extends IOException {
        BinaryContentException() {
            super("NUL");
        }
    }

    private static final class NoNulReader extends FilterReader {

        NoNulReader(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c == 0) {
                throw new BinaryContentException();
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = offset; i < offset + n; i++) {
                if (buffer[i] == 0) {
                    throw new BinaryContentException();
                }
            }
            return n;
        }
    }
}
