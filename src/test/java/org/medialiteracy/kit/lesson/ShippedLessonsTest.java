package org.medialiteracy.kit.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The lessons the kit ships in {@code lessons/} load against the shipped {@code seeds/}. */
class ShippedLessonsTest {

    @Test
    void every_shipped_lesson_loads_without_problems() {
        LessonLoadResult result = new LessonFiles(SeedTexts.directory(Path.of("seeds"))).loadAll(Path.of("lessons"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.lessons()).extracting(lesson -> lesson.id().value()).contains("nato-two-takes");
    }
}
