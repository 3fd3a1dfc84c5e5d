package org.medialiteracy.kit.lesson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The lesson fixtures of {@code src/test/resources/lesson-fixtures}. */
final class LessonFixtures {

    static final Path ROOT = Path.of("src/test/resources/lesson-fixtures");
    static final Path SEEDS = ROOT.resolve("seeds");
    static final Path GOOD_LESSON = ROOT.resolve("good/elm-park.json");
    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private LessonFixtures() {
    }

    static LessonFiles lessonFiles() {
        return new LessonFiles(SeedTexts.directory(SEEDS));
    }

    static String goodJson() {
        try {
            return Files.readString(GOOD_LESSON, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode goodTree() {
        return (ObjectNode) MAPPER.readTree(goodJson());
    }

    static Lesson goodLesson() {
        return lessonFiles().parse(goodJson(), "lessons/elm-park.json");
    }

    static JsonNode tree(String json) {
        return MAPPER.readTree(json);
    }
}
