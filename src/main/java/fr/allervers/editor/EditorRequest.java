package fr.allervers.editor;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import fr.allervers.system.DateRange;

/**
 * The JSON body of an editor write, read field by field: every refusal is an {@link InvalidFieldException} naming
 * the field, in French. A missing field and a JSON {@code null} are the same; numbers may come as JSON numbers or as
 * text with a decimal comma, the way a spreadsheet copies them.
 */
final class EditorRequest {

    private final JsonNode body;

    EditorRequest(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidFieldException(null, "le corps de la requête doit être un objet JSON, par exemple"
                    + " {\"name\": \"Place du marché\", …}");
        }
        this.body = body;
    }

    boolean has(String field) {
        JsonNode node = body.get(field);
        return node != null && !node.isNull() && !(node.isString() && node.stringValue().isBlank());
    }

    Optional<String> text(String field) {
        if (!has(field)) {
            return Optional.empty();
        }
        JsonNode node = body.get(field);
        if (!node.isValueNode()) {
            throw new InvalidFieldException(field, "« " + field + " » doit être un texte");
        }
        return Optional.of(node.asString().trim());
    }

    String requiredText(String field, String what, int maxLength) {
        String value = text(field).orElseThrow(() -> new InvalidFieldException(field,
                what + " est obligatoire (champ « " + field + " »)"));
        if (value.length() > maxLength) {
            throw new InvalidFieldException(field, what + " dépasse " + maxLength + " caractères (champ « " + field
                    + " »)");
        }
        return value;
    }

    /** A value parsed by {@code parser}, whose IllegalArgumentException message says what is wrong. */
    <T> Optional<T> parsed(String field, Function<String, T> parser) {
        return text(field).map(value -> {
            try {
                return parser.apply(value);
            } catch (IllegalArgumentException e) {
                throw new InvalidFieldException(field, "« " + field + " » : " + e.getMessage());
            }
        });
    }

    Optional<Double> number(String field) {
        if (!has(field)) {
            return Optional.empty();
        }
        JsonNode node = body.get(field);
        if (node.isNumber()) {
            return Optional.of(node.doubleValue());
        }
        try {
            return Optional.of(Double.parseDouble(node.asString().trim().replace(" ", "").replace(',', '.')));
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(field, "« " + field + " » n'est pas un nombre : « " + node.asString()
                    + " »");
        }
    }

    double requiredNumber(String field, String what) {
        return number(field).orElseThrow(() -> new InvalidFieldException(field,
                what + " est obligatoire (champ « " + field + " »)"));
    }

    Optional<Long> whole(String field) {
        return number(field).map(value -> {
            if (value != Math.rint(value) || Double.isInfinite(value) || Math.abs(value) > 1e15) {
                throw new InvalidFieldException(field, "« " + field + " » doit être un nombre entier");
            }
            return value.longValue();
        });
    }

    Optional<Boolean> bool(String field) {
        if (!has(field)) {
            return Optional.empty();
        }
        JsonNode node = body.get(field);
        if (node.isBoolean()) {
            return Optional.of(node.booleanValue());
        }
        return Optional.of(switch (node.asString().trim().toLowerCase(Locale.ROOT)) {
            case "oui", "true", "vrai", "1" -> true;
            case "non", "false", "faux", "0" -> false;
            default -> throw new InvalidFieldException(field, "« " + field + " » attend oui ou non (true/false), pas « "
                    + node.asString() + " »");
        });
    }

    Optional<LocalDate> date(String field) {
        return text(field).map(value -> {
            LocalDate date;
            try {
                date = LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new InvalidFieldException(field, "« " + field + " » n'est pas une date AAAA-MM-JJ : « " + value
                        + " »");
            }
            if (!DateRange.contains(date)) {
                throw new InvalidFieldException(field, DateRange.outside(field, value));
            }
            return date;
        });
    }

    /** The version the client read, which every update must carry. */
    long version() {
        return whole("version").orElseThrow(() -> new InvalidFieldException("version",
                "« version » est obligatoire : renvoyez la version lue avec l'élément, pour ne pas écraser la"
                        + " modification de quelqu'un d'autre"));
    }
}
