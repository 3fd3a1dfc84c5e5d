package org.medialiteracy.kit.lesson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads, checks and writes lesson files ({@code lessons/*.json}, format in
 * {@code docs/lesson.schema.json}). Seed articles are read through {@link SeedTexts}. A lesson
 * with problems is reported with its file name and the field at fault, and never half-loaded.
 */
public final class LessonFiles {

    private final SeedTexts seeds;
    private final JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public LessonFiles(SeedTexts seeds) {
        this.seeds = seeds;
    }

    /**
     * Loads every {@code *.json} file of the directory, in name order. A file with problems is
     * skipped and its problems reported; so is a file whose lesson id an earlier file already uses.
     */
    public LessonLoadResult loadAll(Path lessonsDir) {
        List<Lesson> lessons = new ArrayList<>();
        List<LessonProblem> problems = new ArrayList<>();
        Map<LessonId, String> fileOfId = new HashMap<>();
        for (Path file : jsonFiles(lessonsDir)) {
            String name = displayName(lessonsDir, file);
            try {
                Lesson lesson = parse(Files.readString(file, StandardCharsets.UTF_8), name);
                String earlier = fileOfId.putIfAbsent(lesson.id(), name);
                if (earlier == null) {
                    lessons.add(lesson);
                } else {
                    problems.add(new LessonProblem(name, "id", "lesson id '" + lesson.id() + "' is already used by "
                            + earlier));
                }
            } catch (LessonFormatException e) {
                problems.addAll(e.problems());
            } catch (IOException e) {
                problems.add(new LessonProblem(name, "$", "cannot read the file: " + e.getMessage()));
            }
        }
        return new LessonLoadResult(lessons, problems);
    }

    /** Reads one lesson file; its problems are reported under the file's own name. */
    public Lesson read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lesson " + file, e);
        }
    }

    /**
     * Parses and checks a lesson from JSON text.
     *
     * @param fileName how problems name the file, e.g. {@code lessons/nato.json}
     * @throws LessonFormatException listing every problem found
     */
    public Lesson parse(String json, String fileName) {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JacksonException e) {
            throw new LessonFormatException(List.of(syntaxProblem(fileName, e)));
        }
        if (root == null || root.isMissingNode()) {
            throw new LessonFormatException(List.of(new LessonProblem(fileName, "$", "the file is empty")));
        }
        LessonJsonReader reader = new LessonJsonReader(fileName, seeds);
        Optional<Lesson> lesson = reader.read(root);
        if (lesson.isEmpty()) {
            throw new LessonFormatException(reader.problems());
        }
        List<LessonProblem> problems = check(lesson.get(), fileName);
        if (!problems.isEmpty()) {
            throw new LessonFormatException(problems);
        }
        return lesson.get();
    }

    /** The problems of a lesson built in code (e.g. a reviewed draft), named as in its file. */
    public List<LessonProblem> check(Lesson lesson, String fileName) {
        return new LessonValidator(fileName).check(lesson);
    }

    /** The lesson as lesson-file JSON; a lesson with problems is refused. */
    public String toJson(Lesson lesson) {
        List<LessonProblem> problems = check(lesson, lesson.id().value());
        if (!problems.isEmpty()) {
            throw new LessonFormatException(problems);
        }
        return mapper.writeValueAsString(new LessonJsonWriter().write(lesson)) + "\n";
    }

    public void write(Lesson lesson, Path file) {
        try {
            Files.writeString(file, toJson(lesson), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write lesson " + file, e);
        }
    }

    private static List<Path> jsonFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list lessons in " + dir, e);
        }
    }

    private static String displayName(Path dir, Path file) {
        Path dirName = dir.toAbsolutePath().normalize().getFileName();
        return (dirName == null ? "" : dirName + "/") + file.getFileName();
    }

    private static LessonProblem syntaxProblem(String fileName, JacksonException e) {
        TokenStreamLocation location = e.getLocation();
        String where = location == null || location.getLineNr() < 0
                ? "$"
                : "line " + location.getLineNr() + ", column " + location.getColumnNr();
        return new LessonProblem(fileName, where, "not valid JSON: " + e.getOriginalMessage());
    }
}
