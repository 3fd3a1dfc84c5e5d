package org.medialiteracy.kit.analysis.subjectivity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the bundled model files from the classpath and writes retrained ones, as indented JSON. Reading
 * streams the file into the record's constructor: loading jackson-databind on every cold CLI run cost about
 * 0.27 s on one core, and a model is only numbers, strings and arrays of numbers.
 */
final class ModelJson {

    private static final JsonFactory STREAMING = new JsonFactory();

    private ModelJson() {
    }

    static <T extends Record> T fromClasspath(Class<T> type, String resource) {
        try (InputStream in = ModelJson.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + resource);
            }
            return read(type, in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** @param name the file's name, for messages */
    static <T extends Record> T read(Class<T> type, InputStream in, String name) {
        return construct(type, properties(in), name);
    }

    static void write(Object model, Path file) {
        // Only the trainers write; they may pay for data binding.
        JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValue(file.toFile(), model);
    }

    private static Map<String, Object> properties(InputStream in) {
        Map<String, Object> properties = new HashMap<>();
        try (JsonParser json = STREAMING.createParser(ObjectReadContext.empty(), in)) {
            expect(json.nextToken(), JsonToken.START_OBJECT);
            for (String name = json.nextName(); name != null; name = json.nextName()) {
                properties.put(name, value(json, json.nextToken()));
            }
        }
        return properties;
    }

    /** A string, a boolean, a number (as a double) or an array of these, arrays nested as lists. */
    private static Object value(JsonParser json, JsonToken token) {
        return switch (token) {
            case VALUE_STRING -> json.getString();
            case VALUE_TRUE, VALUE_FALSE -> json.getBooleanValue();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> json.getDoubleValue();
            case START_ARRAY -> {
                List<Object> items = new ArrayList<>();
                for (JsonToken item = json.nextToken(); item != JsonToken.END_ARRAY; item = json.nextToken()) {
                    items.add(value(json, item));
                }
                yield items;
            }
            default -> throw new IllegalArgumentException("unexpected " + token + " in a model file");
        };
    }

    private static <T extends Record> T construct(Class<T> type, Map<String, Object> properties, String resource) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Object value = properties.get(components[i].getName());
            if (value == null) {
                throw new IllegalArgumentException(resource + " has no '" + components[i].getName() + "'");
            }
            arguments[i] = as(components[i].getType(), value, resource);
        }
        try {
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            return type.getDeclaredConstructor(types).newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    private static Object as(Class<?> type, Object value, String resource) {
        if (type == int.class && value instanceof Double number && number == Math.rint(number)) {
            return number.intValue();
        }
        if (type == double.class && value instanceof Double || type == boolean.class && value instanceof Boolean
                || type == String.class && value instanceof String) {
            return value;
        }
        if (type.isArray() && value instanceof List<?> items) {
            Object array = Array.newInstance(type.getComponentType(), items.size());
            for (int i = 0; i < items.size(); i++) {
                Array.set(array, i, as(type.getComponentType(), items.get(i), resource));
            }
            return array;
        }
        throw new IllegalArgumentException(resource + ": " + value + " is not a " + type.getSimpleName());
    }

    private static void expect(JsonToken token, JsonToken expected) {
        if (token != expected) {
            throw new IllegalArgumentException("a model file must be a JSON object, not " + token);
        }
    }
}
