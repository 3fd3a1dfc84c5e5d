package org.medialiteracy.kit.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medialiteracy.kit.export.ExportFixtures.SUBMITTED;
import static org.medialiteracy.kit.export.ExportFixtures.attempt;
import static org.medialiteracy.kit.export.ExportFixtures.notSubmitted;
import static org.medialiteracy.kit.export.ExportFixtures.student;
import static org.medialiteracy.kit.export.ExportFixtures.submitted;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.medialiteracy.kit.classroom.AssignmentMode;
import org.medialiteracy.kit.classroom.AssignmentStatus;
import org.medialiteracy.kit.classroom.AttemptChoice;
import org.medialiteracy.kit.lesson.ExerciseType;
import org.medialiteracy.kit.lesson.Lesson;
import tools.jackson.databind.JsonNode;

/**
 * Keeps {@code docs/export.schema.json} and the JSON export in step, with a small checker for the parts of
 * draft 2020-12 the schema uses ($ref, type, const, enum, anyOf, required, properties, additionalProperties,
 * items, pattern, minimum, maximum).
 */
class ExportSchemaTest {

    private final JsonNode schema = ExportParsing.json(read(Path.of("docs/export.schema.json")));

    @Test
    void the_json_export_satisfies_its_documented_schema() {
        Lesson lesson = ExportFixtures.lesson();
        var results = ExportFixtures.results(7, "Fact or opinion", lesson, List.of(
                submitted(student(1, "ana", "Ana López"), attempt(lesson, 1, 1, 4, SUBMITTED, true)),
                notSubmitted(student(2, "ben", "Ben"))));
        JsonNode export = ExportParsing.json(ExportParsing.write(List.of(results),
                new ExportOptions(ExportFormat.JSON, AttemptChoice.BEST, false)));

        List<String> problems = new ArrayList<>();
        check(schema, export, "$", problems);

        assertThat(problems).isEmpty();
    }

    @Test
    void the_checker_reports_a_missing_field_an_unknown_field_and_a_wrong_type() {
        JsonNode bad = ExportParsing.json("""
                {"schemaVersion": 1, "exportedAt": "yesterday", "attemptChoice": "BEST", "assignments": [], "extra": 1}""");
        JsonNode missing = ExportParsing.json("""
                {"schemaVersion": "1", "attemptChoice": "FIRST", "assignments": []}""");
        List<String> problems = new ArrayList<>();

        check(schema, bad, "$", problems);
        check(schema, missing, "$", problems);

        assertThat(problems).containsExactlyInAnyOrder("$.exportedAt: does not match the pattern", "$.extra: not in the schema",
                "$: missing exportedAt", "$.schemaVersion: is not 1", "$.attemptChoice: not one of the enum");
    }

    @Test
    void every_enum_of_the_code_is_in_the_schema() {
        assertThat(enumOf("/properties/attemptChoice")).containsExactlyElementsOf(names(AttemptChoice.values()));
        assertThat(enumOf("/$defs/assignment/properties/mode")).containsExactlyElementsOf(names(AssignmentMode.values()));
        assertThat(enumOf("/$defs/student/properties/status")).containsExactlyElementsOf(names(AssignmentStatus.values()));
        assertThat(enumOf("/$defs/exercise/properties/type")).containsExactlyElementsOf(names(ExerciseType.values()));
    }

    private void check(JsonNode rule, JsonNode value, String path, List<String> problems) {
        if (rule.has("$ref")) {
            check(schema.at(rule.get("$ref").asString().substring(1)), value, path, problems);
            return;
        }
        if (rule.has("anyOf")) {
            boolean any = false;
            for (JsonNode option : rule.get("anyOf")) {
                List<String> own = new ArrayList<>();
                check(option, value, path, own);
                any |= own.isEmpty();
            }
            if (!any) {
                problems.add(path + ": matches none of anyOf");
            }
            return;
        }
        if (rule.has("type") && !typeMatches(rule.get("type"), value)) {
            problems.add(path + ": not of type " + rule.get("type"));
            return;
        }
        if (rule.has("const") && !rule.get("const").equals(value)) {
            problems.add(path + ": is not " + rule.get("const"));
        }
        if (rule.has("enum") && !enumOf(rule).contains(value.isString() ? value.asString() : value.toString())) {
            problems.add(path + ": not one of the enum");
        }
        if (rule.has("pattern") && value.isString() && !Pattern.compile(rule.get("pattern").asString()).matcher(value.asString()).find()) {
            problems.add(path + ": does not match the pattern");
        }
        if (rule.has("minimum") && value.isNumber() && value.asDouble() < rule.get("minimum").asDouble()
                || rule.has("maximum") && value.isNumber() && value.asDouble() > rule.get("maximum").asDouble()) {
            problems.add(path + ": out of range");
        }
        if (value.isObject()) {
            rule.path("required").forEach(name -> {
                if (!value.has(name.asString())) {
                    problems.add(path + ": missing " + name.asString());
                }
            });
            for (Map.Entry<String, JsonNode> field : value.properties()) {
                JsonNode property = rule.path("properties").get(field.getKey());
                if (property != null) {
                    check(property, field.getValue(), path + "." + field.getKey(), problems);
                } else if (rule.path("additionalProperties").isBoolean() && !rule.get("additionalProperties").asBoolean()) {
                    problems.add(path + "." + field.getKey() + ": not in the schema");
                }
            }
        }
        if (value.isArray() && rule.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(rule.get("items"), value.get(i), path + "[" + i + "]", problems);
            }
        }
    }

    private static boolean typeMatches(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (typeMatches(one, value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asString()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isString();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> throw new IllegalArgumentException("type " + type);
        };
    }

    private List<String> enumOf(String pointer) {
        return enumOf(schema.at(pointer));
    }

    private static List<String> enumOf(JsonNode rule) {
        List<String> values = new ArrayList<>();
        rule.get("enum").forEach(v -> values.add(v.asString()));
        return values;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
