package fr.allervers.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * The answer shapes the pages read (web/js/api-shapes.js, JSDoc typedefs) compared with what the server really
 * sends: an answer must have exactly the typedef's properties, and so must its values whose type is itself a
 * typedef there (e.g. MaraudePlan.teams: Array&lt;MaraudeRound&gt;). A field renamed on either side fails here
 * instead of leaving a page reading a field that never comes.
 */
final class ApiShapes {

    private static final Path SOURCE = Path.of("web", "js", "api-shapes.js");
    private static final Pattern TYPEDEF = Pattern.compile("/\\*\\*(.*?)\\*/", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("@typedef \\{Object\\} (\\w+)");

    /** typedef -> (property -> its type, as written). */
    private final Map<String, Map<String, String>> shapes = new LinkedHashMap<>();

    private ApiShapes(String source) {
        Matcher comment = TYPEDEF.matcher(source);
        while (comment.find()) {
            // Types may span lines: drop the " * " that starts each line of the comment.
            String text = comment.group(1).replaceAll("\n\\s*\\*", " ");
            Matcher name = NAME.matcher(text);
            if (name.find()) {
                shapes.put(name.group(1), properties(text));
            }
        }
    }

    static ApiShapes read() {
        try {
            return new ApiShapes(Files.readString(SOURCE, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails unless the answer (and every nested value typed by another typedef) has exactly the typedef's fields. */
    void assertMatches(String typedef, JsonNode answer) {
        check(typedef, answer, typedef);
    }

    private void check(String typedef, JsonNode value, String path) {
        Map<String, String> properties = shapes.get(typedef);
        assertThat(properties).as("typedef " + typedef + " in " + SOURCE).isNotNull();
        assertThat(value.isObject()).as(path + " is an object").isTrue();
        assertThat(new TreeSet<>(value.propertyNames())).as("fields of " + path + " (typedef " + typedef + ")")
                .isEqualTo(new TreeSet<>(properties.keySet()));
        properties.forEach((property, type) -> {
            JsonNode nested = value.get(property);
            String element = type.replaceFirst("^Array<(\\w+)>$", "$1");
            if (nested.isNull() || !shapes.containsKey(element)) {
                return;
            }
            if (element.equals(type)) {
                check(element, nested, path + "." + property);
            } else {
                for (int i = 0; i < nested.size(); i++) {
                    check(element, nested.get(i), path + "." + property + "[" + i + "]");
                }
            }
        });
    }

    /** The "@property {type} name" of one typedef; the type may hold braces ({@code Array<{a: string}>}). */
    private static Map<String, String> properties(String typedef) {
        Map<String, String> properties = new LinkedHashMap<>();
        int at = typedef.indexOf("@property");
        while (at >= 0) {
            int open = typedef.indexOf('{', at);
            int depth = 0;
            int close = open;
            do {
                char c = typedef.charAt(close);
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                close++;
            } while (depth > 0);
            Matcher name = Pattern.compile("\\s*\\[?(\\w+)").matcher(typedef).region(close, typedef.length());
            assertThat(name.lookingAt()).as("property name after " + typedef.substring(at, close)).isTrue();
            // An optional property ([name]) is one the server may leave out: none of the answers compared here has one.
            properties.put(name.group(1), typedef.substring(open + 1, close - 1).trim().replaceFirst("^\\?", ""));
            at = typedef.indexOf("@property", close);
        }
        return properties;
    }
}
