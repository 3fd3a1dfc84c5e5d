package org.medialiteracy.kit.lesson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The lessons of the {@code lessons/} directory (property {@code kit.lessons-dir}), with seed
 * articles from {@code seeds/} ({@code kit.seeds-dir}). Loaded at start; a malformed lesson is
 * logged with its file and field and left out, the others are served.
 */
@Service
public class LessonLibrary {

    private static final Logger log = LoggerFactory.getLogger(LessonLibrary.class);

    private final Path lessonsDir;
    private final LessonFiles files;
    private volatile LessonLoadResult loaded;

    public LessonLibrary(@Value("${kit.lessons-dir:lessons}") String lessonsDir,
                         @Value("${kit.seeds-dir:seeds}") String seedsDir) {
        this.lessonsDir = Path.of(lessonsDir);
        this.files = new LessonFiles(SeedTexts.directory(Path.of(seedsDir)));
        this.loaded = load();
    }

    public List<Lesson> lessons() {
        return loaded.lessons();
    }

    /** What kept lessons out, for the teacher's lesson list. */
    public List<LessonProblem> problems() {
        return loaded.problems();
    }

    public Optional<Lesson> find(LessonId id) {
        return loaded.lessons().stream().filter(lesson -> lesson.id().equals(id)).findFirst();
    }

    /** The lesson an address names; nothing when the id is unknown or not even well formed. */
    public Optional<Lesson> find(Optional<String> id) {
        return id.filter(LessonId::isWellFormed).flatMap(value -> find(new LessonId(value)));
    }

    /** Reads the directory again, e.g. after a teacher edited a file by hand. */
    public LessonLoadResult reload() {
        loaded = load();
        return loaded;
    }

    /**
     * Writes the lesson to {@code <id>.json} in the lessons directory, replacing that file, and
     * reloads.
     *
     * @throws LessonFormatException if the lesson has problems; nothing is written
     */
    public void save(Lesson lesson) {
        files.write(lesson, lessonsDir.resolve(lesson.id().value() + ".json"));
        reload();
    }

    private LessonLoadResult load() {
        try {
            Files.createDirectories(lessonsDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the lessons directory " + lessonsDir, e);
        }
        LessonLoadResult result = files.loadAll(lessonsDir);
        result.problems().forEach(problem -> log.warn("Lesson left out: {}", problem));
        log.info("Loaded {} lessons from {}", result.lessons().size(), lessonsDir.toAbsolutePath());
        return result;
    }
}
