package org.medialiteracy.kit.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medialiteracy.kit.analysis.CueKind;
import org.medialiteracy.kit.analysis.Label;

/**
 * The lessons the kit ships in {@code lessons/} load against the shipped {@code seeds/}, use all five
 * seeds, cover every exercise type and every label many times, and teach page and generator
 * leftovers as warning signs on the seeds that have them (001 and 003).
 */
class ShippedLessonsTest {

    private static final Path SEEDS = Path.of("seeds");
    private static LessonLoadResult result;

    @BeforeAll
    static void load() {
        result = new LessonFiles(SeedTexts.directory(SEEDS)).loadAll(Path.of("lessons"));
    }

    @Test
    void every_shipped_lesson_loads_without_problems() {
        assertThat(result.problems()).isEmpty();
        assertThat(result.lessons()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(result.lessons()).extracting(lesson -> lesson.id().value()).contains("nato-two-takes");
    }

    @Test
    void the_lessons_use_all_five_seeds() throws IOException {
        Set<String> seeds;
        try (Stream<Path> files = Files.list(SEEDS)) {
            seeds = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".txt"))
                    .collect(Collectors.toSet());
        }
        Set<String> used = result.lessons().stream().flatMap(lesson -> lesson.articles().stream())
                .flatMap(article -> article.seed().stream()).collect(Collectors.toSet());
        assertThat(seeds).hasSize(5);
        assertThat(used).containsAll(seeds);
    }

    @Test
    void every_exercise_type_is_present_and_leaves_something_to_score() {
        Set<ExerciseType> types = result.lessons().stream().flatMap(lesson -> lesson.exercises().stream())
                .map(Exercise::type).collect(Collectors.toSet());
        assertThat(types).containsExactlyInAnyOrder(ExerciseType.values());
        for (Lesson lesson : result.lessons()) {
            for (Exercise exercise : lesson.exercises()) {
                int scored = 0;
                for (int article = 0; article < exercise.selections().size(); article++) {
                    scored += exercise.scoredItems(lesson, article).size();
                }
                assertThat(scored).as(lesson.id() + " " + exercise.id()).isPositive();
            }
        }
    }

    @Test
    void every_label_is_keyed_many_times() {
        Map<Label, Integer> counts = new EnumMap<>(Label.class);
        for (Lesson lesson : result.lessons()) {
            for (LessonArticle article : lesson.articles()) {
                article.key().forEach(sentence -> counts.merge(sentence.label(), 1, Integer::sum));
            }
        }
        for (Label label : Label.values()) {
            assertThat(counts.getOrDefault(label, 0)).as(label.name()).isGreaterThanOrEqualTo(8);
        }
    }

    @Test
    void every_sentence_of_every_article_is_keyed_with_an_explanation() {
        for (Lesson lesson : result.lessons()) {
            for (LessonArticle article : lesson.articles()) {
                List<KeyedSentence> key = article.key();
                for (KeyedSentence sentence : key) {
                    assertThat(sentence.explanation()).as(lesson.id() + " sentence " + sentence.index()).isNotBlank();
                }
                // nothing but white space is left between and around the keyed sentences
                StringBuilder rest = new StringBuilder();
                int at = 0;
                for (KeyedSentence sentence : key) {
                    rest.append(article.text(), at, sentence.start());
                    at = sentence.end();
                }
                rest.append(article.text().substring(at));
                assertThat(rest.toString()).as(lesson.id() + " text outside the key").isBlank();
            }
        }
    }

    @Test
    void the_lessons_on_seeds_001_and_003_teach_leftovers_as_warning_signs() {
        for (String seed : List.of("001_3c5f39f6eb4c3430.txt", "003_d0645f8cbe1136b9.txt")) {
            boolean taught = result.lessons().stream().anyMatch(lesson -> lesson.exercises().stream()
                    .filter(Exercise::includeNotAClaim)
                    .anyMatch(exercise -> exercise.selection() != null
                            && exercise.type() != ExerciseType.COMPARE_ARTICLES
                            && lesson.article().seed().orElse("").equals(seed)
                            && exercise.scoredItems(lesson, 0).stream().anyMatch(ShippedLessonsTest::isResidue)));
            assertThat(taught).as(seed).isTrue();
        }
    }

    @Test
    void anonymous_sourcing_keys_give_spans_to_mark() {
        long spans = result.lessons().stream()
                .filter(lesson -> lesson.exercises().stream().anyMatch(e -> e.type() == ExerciseType.MARK_ANONYMOUS_SOURCES))
                .flatMap(lesson -> lesson.article().key().stream())
                .filter(sentence -> sentence.label() == Label.ANONYMOUS_SOURCE)
                .mapToLong(sentence -> sentence.anonymousSourceSpans().size())
                .sum();
        assertThat(spans).isGreaterThanOrEqualTo(10);
    }

    private static boolean isResidue(KeyedSentence sentence) {
        return sentence.label() == Label.NOT_A_CLAIM
                && sentence.cues().stream().anyMatch(cue -> cue.kind() == CueKind.RESIDUE);
    }
}
