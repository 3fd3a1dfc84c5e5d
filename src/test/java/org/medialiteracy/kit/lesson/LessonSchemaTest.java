package org.medialiteracy.kit.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keeps {@code docs/lesson.schema.json} and the Java reader in step: every field the schema
 * requires, removed from the good fixture, must be reported by the loader under its path.
 */
class LessonSchemaTest {

    private final JsonNode schema = LessonFixtures.tree(read(Path.of("docs/lesson.schema.json")));

    @Test
    void every_field_the_schema_requires_is_reported_missing_by_the_loader() {
        List<String> requiredPaths = new ArrayList<>();
        collectRequired(schema, LessonFixtures.goodTree(), "", requiredPaths);

        assertThat(requiredPaths).contains("id", "articles[0].key[0].label", "articles[0].key[1].cues[0].kind",
                "exercises[0].instructions", "provenance.reviewedAt", "provenance.labellerChanges[0].final",
                "exercises[0].passage.first");
        for (String path : requiredPaths) {
            ObjectNode lesson = LessonFixtures.goodTree();
            remove(lesson, path);
            assertThat(problemsOf(lesson)).as("removing " + path).contains(path + ": missing required field");
        }
    }

    @Test
    void every_label_cue_kind_and_exercise_type_of_the_code_is_in_the_schema() {
        assertThat(enumOf("/$defs/label")).containsExactlyElementsOf(
                names(org.medialiteracy.kit.analysis.Label.values()));
        assertThat(enumOf("/$defs/cue/properties/kind")).containsExactlyElementsOf(
                names(org.medialiteracy.kit.analysis.CueKind.values()));
        assertThat(enumOf("/$defs/exercise/properties/type")).containsExactlyElementsOf(names(ExerciseType.values()));
    }

    private List<String> enumOf(String pointer) {
        List<String> values = new ArrayList<>();
        schema.at(pointer).get("enum").forEach(value -> values.add(value.stringValue()));
        return values;
    }

    private static List<String> names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).toList();
    }

    private void collectRequired(JsonNode schemaNode, JsonNode instance, String path, List<String> out) {
        JsonNode resolved = resolve(schemaNode);
        if (resolved.has("allOf")) {
            resolved.get("allOf").forEach(part -> collectRequired(part, instance, path, out));
        }
        if (instance.isObject()) {
            if (resolved.has("required")) {
                resolved.get("required").forEach(name -> out.add(child(path, name.stringValue())));
            }
            if (resolved.has("properties")) {
                for (Map.Entry<String, JsonNode> property : resolved.get("properties").properties()) {
                    if (instance.has(property.getKey())) {
                        collectRequired(property.getValue(), instance.get(property.getKey()),
                                child(path, property.getKey()), out);
                    }
                }
            }
        } else if (instance.isArray() && resolved.has("items")) {
            for (int i = 0; i < instance.size(); i++) {
                collectRequired(resolved.get("items"), instance.get(i), path + "[" + i + "]", out);
            }
        }
    }

    private JsonNode resolve(JsonNode schemaNode) {
        JsonNode node = schemaNode;
        while (node.has("$ref")) {
            node = schema.at(node.get("$ref").stringValue().substring(1));
        }
        return node;
    }

    private static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static void remove(ObjectNode lesson, String path) {
        String pointer = "/" + path.replace(".", "/").replaceAll("\\[(\\d+)]", "/$1");
        int cut = pointer.lastIndexOf('/');
        JsonNode parent = lesson.at(cut == 0 ? "" : pointer.substring(0, cut));
        ((ObjectNode) parent).remove(pointer.substring(cut + 1));
    }

    private static List<String> problemsOf(ObjectNode lesson) {
        try {
            LessonFixtures.lessonFiles().parse(lesson.toString(), "lessons/x.json");
            return fail("the lesson loaded without its required field");
        } catch (LessonFormatException e) {
            return e.problems().stream().map(problem -> problem.field() + ": " + problem.message()).toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
