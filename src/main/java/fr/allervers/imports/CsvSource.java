package fr.allervers.imports;

import java.io.IOException;
import java.io.BufferedReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

import fr.allervers.geo.CrsTransformer;
import fr.allervers.geo.Geometries;

/**
 * Reads the lists coordinators keep in spreadsheets: {@code ,} or {@code ;} separated, decimal point or comma,
 * a point given as lon/lat (WGS84) or x/y (Lambert-93 unless another CRS is given).
 */
final class CsvSource {

    private static final String[] LON = {"lon", "longitude", "lng"};
    private static final String[] LAT = {"lat", "latitude"};
    private static final String[] X = {"x", "x_l93", "coord_x"};
    private static final String[] Y = {"y", "y_l93", "coord_y"};

    private CsvSource() {
    }

    /** Reads the rows one by one from the stream; more than {@code maxRows} rows refuse the file there. */
    static List<SourceRecord> read(BufferedReader text, Integer crsOverride, int maxRows) throws IOException {
        char delimiter = delimiter(SourceFiles.firstLine(text));
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(false).get();
        List<SourceRecord> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            List<String> header = parser.getHeaderNames();
            for (CSVRecord row : parser) {
                int number = records.size() + 1;
                if (number > maxRows) {
                    throw ImportRejectedException.wholeFile(ImportLimits.tooManyRows(maxRows));
                }
                if (row.size() != header.size()) {
                    throw new ImportRejectedException(number, null, "ligne " + (row.getRecordNumber() + 1) + " : "
                            + row.size() + " colonnes au lieu de " + header.size());
                }
                Map<String, Object> properties = new LinkedHashMap<>();
                header.forEach(name -> properties.put(name.toLowerCase(Locale.ROOT), row.get(name)));
                SourceRecord bare = new SourceRecord(number, properties, null);
                records.add(new SourceRecord(number, properties, point(bare, crsOverride)));
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            if (e.getCause() instanceof IOException io) {
                throw io; // not UTF-8, binary: SourceFiles says which
            }
            throw ImportRejectedException.wholeFile("CSV illisible : " + e.getMessage());
        }
        return records;
    }

    /** The separator that splits the header line into the most columns. */
    private static char delimiter(String header) {
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    private static Geometry point(SourceRecord row, Integer crsOverride) {
        if (row.text(LON) != null || row.text(LAT) != null) {
            int epsg = crsOverride != null ? crsOverride : Geometries.WGS84;
            return at(row, number(row, LON), number(row, LAT), epsg);
        }
        if (row.text(X) != null || row.text(Y) != null) {
            int epsg = crsOverride != null ? crsOverride : CrsTransformer.LAMBERT_93;
            return at(row, number(row, X), number(row, Y), epsg);
        }
        return null;
    }

    private static Geometry at(SourceRecord row, double x, double y, int epsg) {
        try {
            Coordinate lonLat = CrsTransformer.toWgs84(x, y, epsg);
            return Geometries.point(lonLat.x, lonLat.y);
        } catch (IllegalArgumentException e) {
            throw row.reject(null, e.getMessage());
        }
    }

    private static double number(SourceRecord row, String... names) {
        String value = row.text(names);
        if (value == null) {
            throw row.reject(null, "coordonnée manquante (colonne " + String.join(" ou ", names) + ")");
        }
        try {
            return Double.parseDouble(value.replace(" ", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            throw row.reject(null, "coordonnée illisible : « " + value + " »");
        }
    }
}
