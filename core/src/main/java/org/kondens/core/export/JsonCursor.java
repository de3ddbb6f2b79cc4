package org.kondens.core.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A node of a JSON tree with its JSON path, read only through typed getters that refuse what does
 * not fit (missing, null, wrong type, control characters) with a {@link JsonProblem} at that path.
 * Jackson alone would coerce ("12" to 12, 1.5 to 1) or let nulls through to a NullPointerException.
 */
record JsonCursor(JsonNode node, String path) {

    static JsonCursor root(JsonNode node) {
        return new JsonCursor(node, "$");
    }

    JsonProblem problem(String message) {
        return new JsonProblem(path, message);
    }

    /** The field {@code name}, which must be present (it may still be null). */
    JsonCursor at(String name) {
        JsonCursor child = new JsonCursor(node.get(name), path + "." + name);
        if (child.node == null) {
            throw child.problem("missing; every Kondens JSON project has this field.");
        }
        return child;
    }

    /** Checks this is an object holding no fields but {@code known}; returns this. */
    JsonCursor object(Set<String> known) {
        require(node.isObject(), "an object");
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new JsonProblem(path + member(name), "not a field of the Kondens JSON format.");
            }
        }
        return this;
    }

    List<JsonCursor> elements() {
        require(node.isArray(), "a list");
        List<JsonCursor> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            out.add(new JsonCursor(node.get(i), path + "[" + i + "]"));
        }
        return out;
    }

    /** The entries of an object used as a map (attributes, turns by transcript), in file order. */
    List<Map.Entry<String, JsonCursor>> entries() {
        require(node.isObject(), "an object");
        List<Map.Entry<String, JsonCursor>> out = new ArrayList<>(node.size());
        node.fields().forEachRemaining(e -> out.add(Map.entry(e.getKey(),
                new JsonCursor(e.getValue(), path + member(e.getKey())))));
        return out;
    }

    boolean isNull() {
        return node.isNull();
    }

    /** A name, label or title: one line of plain text. */
    String line() {
        require(node.isTextual(), "text");
        return checked(TextRules.problemInLine(node.asText()));
    }

    String lineOrNull() {
        return isNull() ? null : line();
    }

    /** A long text: tab and line feed allowed. */
    String text() {
        require(node.isTextual(), "text");
        return checked(TextRules.problemInText(node.asText()));
    }

    /** A UUID in its canonical form, lower-cased so that the same id written in upper case is the same id. */
    String id() {
        require(node.isTextual(), "an id (a UUID)");
        if (!TextRules.isUuid(node.asText())) {
            throw problem(TextRules.shown(node.asText()) + " is not a UUID of the form 123e4567-e89b-12d3-a456-426614174000.");
        }
        return node.asText().toLowerCase(Locale.ROOT);
    }

    String idOrNull() {
        return isNull() ? null : id();
    }

    int integer() {
        require(node.isIntegralNumber(), "a whole number");
        if (!node.canConvertToInt()) {
            throw problem(node.asText() + " is too large.");
        }
        return node.intValue();
    }

    Integer integerOrNull() {
        return isNull() ? null : integer();
    }

    long longInteger() {
        require(node.isIntegralNumber(), "a whole number");
        if (!node.canConvertToLong()) {
            throw problem(node.asText() + " is too large.");
        }
        return node.longValue();
    }

    boolean bool() {
        require(node.isBoolean(), "true or false");
        return node.booleanValue();
    }

    void instant() {
        require(node.isTextual(), "a time");
        try {
            Instant.parse(node.asText());
        } catch (DateTimeParseException e) {
            throw problem(TextRules.shown(node.asText()) + " is not a UTC time of the form 2024-03-01T09:30:00Z.");
        }
    }

    void dateOrNull() {
        if (isNull()) {
            return;
        }
        require(node.isTextual(), "a date");
        try {
            LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            throw problem(TextRules.shown(node.asText()) + " is not a date of the form 2024-03-01.");
        }
    }

    String oneOf(List<String> values) {
        require(node.isTextual(), "one of " + String.join(", ", values));
        if (!values.contains(node.asText())) {
            throw problem(TextRules.shown(node.asText()) + " is not one of " + String.join(", ", values) + ".");
        }
        return node.asText();
    }

    String color() {
        require(node.isTextual(), "a colour");
        if (!TextRules.isColor(node.asText())) {
            throw problem(TextRules.shown(node.asText()) + " is not a colour of the form #RRGGBB.");
        }
        return node.asText();
    }

    private String checked(String problem) {
        if (problem != null) {
            throw problem(problem);
        }
        return node.asText();
    }

    private void require(boolean ok, String expected) {
        if (node.isNull()) {
            throw problem("null, but " + expected + " is required here.");
        }
        if (!ok) {
            throw problem("should be " + expected + ", not " + describe(node) + ".");
        }
    }

    private static String describe(JsonNode n) {
        if (n.isTextual()) {
            return "the text " + TextRules.shown(n.asText());
        }
        if (n.isNumber()) {
            return "the number " + n.asText();
        }
        if (n.isBoolean()) {
            return n.asText();
        }
        return n.isArray() ? "a list" : n.isObject() ? "an object" : n.getNodeType().toString().toLowerCase(Locale.ROOT);
    }

    /** A field name or map key as a path step: {@code .name}, or {@code ["key"]} quoted so a path stays one line. */
    static String member(String key) {
        return key.matches("[A-Za-z_][A-Za-z0-9_]*") ? "." + key : "[" + TextRules.shown(key) + "]";
    }
}
