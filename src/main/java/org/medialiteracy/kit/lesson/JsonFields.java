package org.medialiteracy.kit.lesson;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Reads fields of a JSON tree and records, instead of throwing, what is missing or of the wrong
 * kind, with the path of the field at fault ({@code exercises[1].passage.first}).
 */
final class JsonFields {

    private final String file;
    private final List<LessonProblem> problems = new ArrayList<>();

    JsonFields(String file) {
        this.file = file;
    }

    List<LessonProblem> problems() {
        return problems;
    }

    void problem(String path, String message) {
        problems.add(new LessonProblem(file, path, message));
    }

    static String field(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    static String element(String path, int index) {
        return path + "[" + index + "]";
    }

    /** Reports fields the format does not define, so a misspelt optional field is not silently ignored. */
    void onlyKnownFields(JsonNode object, String path, Set<String> known) {
        for (String name : object.propertyNames()) {
            if (!known.contains(name)) {
                problem(field(path, name), "unknown field; expected one of " + known.stream().sorted().toList());
            }
        }
    }

    boolean has(JsonNode object, String name) {
        return object.has(name) && !object.get(name).isNull();
    }

    JsonNode object(JsonNode parent, String name, String path) {
        JsonNode node = required(parent, name, path);
        if (node != null && !node.isObject()) {
            problem(field(path, name), "must be an object");
            return null;
        }
        return node;
    }

    boolean isObject(JsonNode node, String path) {
        if (!node.isObject()) {
            problem(path, "must be an object");
            return false;
        }
        return true;
    }

    List<JsonNode> array(JsonNode parent, String name, String path, boolean required, int minSize) {
        if (!required && !has(parent, name)) {
            return List.of();
        }
        JsonNode node = required(parent, name, path);
        if (node == null) {
            return null;
        }
        if (!node.isArray()) {
            problem(field(path, name), "must be an array");
            return null;
        }
        if (node.size() < minSize) {
            problem(field(path, name), "must have at least " + minSize + " element" + (minSize == 1 ? "" : "s"));
            return null;
        }
        List<JsonNode> elements = new ArrayList<>();
        node.forEach(elements::add);
        return elements;
    }

    /** A string that must be present and not blank. */
    String text(JsonNode parent, String name, String path) {
        String value = string(parent, name, path);
        if (value != null && value.isBlank()) {
            problem(field(path, name), "must not be blank");
            return null;
        }
        return value;
    }

    /** A string that must be present; it may be empty. */
    String string(JsonNode parent, String name, String path) {
        JsonNode node = required(parent, name, path);
        return node == null ? null : stringValue(node, field(path, name));
    }

    String stringValue(JsonNode node, String path) {
        if (!node.isString()) {
            problem(path, "must be a string");
            return null;
        }
        return node.stringValue();
    }

    Integer integer(JsonNode parent, String name, String path) {
        JsonNode node = required(parent, name, path);
        return node == null ? null : integerValue(node, field(path, name));
    }

    Integer integerValue(JsonNode node, String path) {
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            problem(path, "must be a whole number");
            return null;
        }
        return node.intValue();
    }

    Integer optionalInteger(JsonNode parent, String name, String path, int defaultValue) {
        return has(parent, name) ? integer(parent, name, path) : Integer.valueOf(defaultValue);
    }

    Boolean optionalBoolean(JsonNode parent, String name, String path, boolean defaultValue) {
        if (!has(parent, name)) {
            return defaultValue;
        }
        JsonNode node = parent.get(name);
        if (!node.isBoolean()) {
            problem(field(path, name), "must be true or false");
            return null;
        }
        return node.booleanValue();
    }

    <E extends Enum<E>> E enumValue(JsonNode parent, String name, String path, Class<E> type) {
        String value = string(parent, name, path);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            String expected = Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", "));
            problem(field(path, name), "unknown value '" + value + "'; expected one of " + expected);
            return null;
        }
    }

    private JsonNode required(JsonNode parent, String name, String path) {
        if (!has(parent, name)) {
            problem(field(path, name), "missing required field");
            return null;
        }
        return parent.get(name);
    }
}
