package fr.allervers.imports;

import java.util.Map;

import org.locationtech.jts.geom.Geometry;

/**
 * One feature of a GeoJSON file or one row of a CSV file, before it means anything: its 1-based number in the
 * file, its properties as written, and its geometry already in WGS84 (null when the row has none).
 */
public record SourceRecord(int number, Map<String, Object> properties, Geometry geometry) {

    /** The first non-blank value among the given column names (case-insensitive), or null. */
    public String text(String... names) {
        for (String name : names) {
            for (Map.Entry<String, Object> entry : properties.entrySet()) {
                if (entry.getKey().equalsIgnoreCase(name) && entry.getValue() != null
                        && !entry.getValue().toString().isBlank()) {
                    return entry.getValue().toString().trim();
                }
            }
        }
        return null;
    }

    public String required(String what, String... names) {
        String value = text(names);
        if (value == null) {
            throw reject(null, "champ obligatoire manquant : " + what + " (colonne " + String.join(" ou ", names) + ")");
        }
        return value;
    }

    /** A required value of at most {@code maxLength} characters (the size of its database column). */
    public String required(String what, int maxLength, String... names) {
        return limited(what, maxLength, required(what, names));
    }

    /** An optional value of at most {@code maxLength} characters, or null. */
    public String text(String what, int maxLength, String... names) {
        String value = text(names);
        return value == null ? null : limited(what, maxLength, value);
    }

    private String limited(String what, int maxLength, String value) {
        if (value.length() > maxLength) {
            throw reject(null, what + " trop long : " + value.length() + " caractères pour " + maxLength + " au plus");
        }
        return value;
    }

    public Integer integer(String what, String... names) {
        String value = text(names);
        if (value == null) {
            return null;
        }
        try {
            return (int) Math.round(Double.parseDouble(value.replace(" ", "").replace(',', '.')));
        } catch (NumberFormatException e) {
            throw reject(null, what + " n'est pas un nombre : « " + value + " »");
        }
    }

    public ImportRejectedException reject(String key, String reason) {
        return new ImportRejectedException(number, key, reason);
    }
}
