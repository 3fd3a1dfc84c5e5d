package org.medialiteracy.kit.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonLibraryTest {

    @Test
    void serves_the_good_lessons_and_lists_the_problems_of_the_others() {
        LessonLibrary library = new LessonLibrary(LessonFixtures.ROOT.resolve("mixed").toString(),
                LessonFixtures.SEEDS.toString());

        assertThat(library.find(new LessonId("elm-park"))).isPresent();
        assertThat(library.lessons()).hasSize(1);
        assertThat(library.problems()).extracting(LessonProblem::file).contains("mixed/bad-syntax.json",
                "mixed/unknown-seed.json");
    }

    @Test
    void a_saved_lesson_is_written_under_its_id_and_served_at_once(@TempDir Path dir) {
        LessonLibrary library = new LessonLibrary(dir.resolve("lessons").toString(), LessonFixtures.SEEDS.toString());

        library.save(LessonFixtures.goodLesson());

        assertThat(Files.exists(dir.resolve("lessons/elm-park.json"))).isTrue();
        assertThat(library.find(new LessonId("elm-park"))).contains(LessonFixtures.goodLesson());
    }

    @Test
    void a_lesson_with_problems_is_not_saved(@TempDir Path dir) {
        LessonLibrary library = new LessonLibrary(dir.toString(), LessonFixtures.SEEDS.toString());
        Lesson good = LessonFixtures.goodLesson();
        Lesson bad = new Lesson(good.id(), good.title(), good.gradeBand(), good.learningObjectives(), good.articles(),
                List.of(good.exercises().getFirst(), good.exercises().getFirst()), good.provenance());

        assertThatThrownBy(() -> library.save(bad)).isInstanceOf(LessonFormatException.class);
        assertThat(dir.resolve("elm-park.json")).doesNotExist();
    }
}
