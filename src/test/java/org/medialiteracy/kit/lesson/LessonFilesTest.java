package org.medialiteracy.kit.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.medialiteracy.kit.lesson.LessonFixtures.goodLesson;
import static org.medialiteracy.kit.lesson.LessonFixtures.goodTree;
import static org.medialiteracy.kit.lesson.LessonFixtures.lessonFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medialiteracy.kit.analysis.CueKind;
import org.medialiteracy.kit.analysis.Label;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class LessonFilesTest {

    @Test
    void a_good_lesson_loads_with_its_seed_text_key_exercises_and_provenance() {
        Lesson lesson = goodLesson();

        assertThat(lesson.id()).isEqualTo(new LessonId("elm-park"));
        assertThat(lesson.gradeBand()).isEqualTo("7-8");
        assertThat(lesson.article().seed()).contains("mini.txt");
        assertThat(lesson.article().text()).startsWith("Council Votes on Park Plan\n");
        assertThat(lesson.article().key()).hasSize(8);
        KeyedSentence mayor = lesson.article().key().get(2);
        assertThat(lesson.article().text().substring(mayor.start(), mayor.end())).isEqualTo(mayor.text());
        assertThat(mayor.label()).isEqualTo(Label.REPORTED_FACT);
        assertThat(mayor.cues()).extracting(cue -> cue.kind())
                .containsExactly(CueKind.NAMED_SOURCE, CueKind.NUMBER_OR_DATE);
        assertThat(lesson.comparedArticle()).get().satisfies(article -> {
            assertThat(article.seed()).isEmpty();
            assertThat(article.key()).hasSize(4);
        });
        assertThat(lesson.exercises()).extracting(Exercise::type).containsExactly(ExerciseType.LABEL_SENTENCES,
                ExerciseType.FACT_OR_OPINION, ExerciseType.MARK_ANONYMOUS_SOURCES, ExerciseType.FIND_UNSUPPORTED,
                ExerciseType.COMPARE_ARTICLES);
        assertThat(lesson.exercise("sort").orElseThrow().selection())
                .isEqualTo(new SentenceSelection.Sentences(List.of(1, 2, 5)));
        assertThat(lesson.exercise("label").orElseThrow().selection())
                .isEqualTo(new SentenceSelection.Passage(0, 7));
        assertThat(lesson.provenance().reviewedAt()).isEqualTo(Instant.parse("2026-11-20T14:30:00Z"));
        assertThat(lesson.provenance().labellerChanges())
                .containsExactly(new LabellerChange(0, 6, Label.OPINION, Label.UNSUPPORTED_ASSERTION));
    }

    @Test
    void a_written_lesson_reads_back_equal_and_writes_the_same_json_tree(@TempDir Path dir) throws Exception {
        Lesson lesson = goodLesson();
        Path file = dir.resolve("elm-park.json");

        lessonFiles().write(lesson, file);

        assertThat(lessonFiles().read(file)).isEqualTo(lesson);
        assertThat(LessonFixtures.tree(Files.readString(file))).isEqualTo(goodTree());
    }

    @Test
    void an_uploaded_article_keeps_its_text_inside_the_lesson_file() {
        String json = lessonFiles().toJson(goodLesson());

        assertThat(LessonFixtures.tree(json).at("/articles/1/text").stringValue())
                .startsWith("Elm Park closes for repairs.");
        assertThat(LessonFixtures.tree(json).at("/articles/0").has("text")).isFalse();
    }

    @Test
    void malformed_lessons_are_reported_by_file_and_field_and_the_others_still_load() {
        LessonLoadResult result = lessonFiles().loadAll(LessonFixtures.ROOT.resolve("mixed"));

        assertThat(result.lessons()).extracting(lesson -> lesson.id().value()).containsExactly("elm-park");
        assertThat(result.problems()).extracting(LessonProblem::toString).containsExactlyInAnyOrder(
                "mixed/bad-offsets.json: articles[0].key[2].text: does not match the article at 102..150, "
                        + "which reads \"or Ana Ruiz said the work would take six months.\"",
                "mixed/bad-offsets.json: articles[0].key[2].cues[0]: cue span 99..113 is outside its sentence "
                        + "102..150",
                "mixed/bad-reference.json: exercises[1].sentences[3]: no sentence 9 in the key",
                "mixed/duplicate-id.json: id: lesson id 'elm-park' is already used by mixed/a-good.json",
                "mixed/missing-field.json: exercises[1].instructions: missing required field",
                "mixed/unknown-seed.json: articles[0].seed: no seed file 'no-such-article.txt' in the seeds directory",
                "mixed/wrong-enum.json: articles[0].key[5].label: unknown value 'OPINON'; expected one of "
                        + "NOT_A_CLAIM, ANONYMOUS_SOURCE, REPORTED_FACT, OPINION, UNSUPPORTED_ASSERTION",
                "mixed/bad-syntax.json: line 18, column 11: not valid JSON: Unexpected character ('\"' (code 34)): "
                        + "was expecting a colon to separate property name and value");
    }

    @Test
    void a_sentence_text_that_differs_from_the_article_is_reported() {
        assertThat(problemsOf(tree -> key(tree, 0, 1).put("text", "The city council voted 8 to 1 on Tuesday "
                + "to close Elm Park for repairs.")))
                .containsExactly("articles[0].key[1].text: does not match the article at 27..98, which reads "
                        + "\"The city council voted 7 to 2 on Tuesday to close Elm Park f…\"");
    }

    @Test
    void offsets_past_the_end_of_the_article_are_reported() {
        assertThat(problemsOf(tree -> key(tree, 1, 3).put("end", 5000)))
                .containsExactly("articles[1].key[3].end: offset 5000 must be after start 127 and at most the "
                        + "article length 156");
    }

    @Test
    void a_key_index_that_is_not_its_position_is_reported() {
        assertThat(problemsOf(tree -> key(tree, 0, 3).put("index", 7)))
                .containsExactly("articles[0].key[3].index: expected 3 (its position in the key), found 7");
    }

    @Test
    void a_fact_or_opinion_sort_may_use_only_facts_and_opinions() {
        assertThat(problemsOf(tree -> exercise(tree, 1).putArray("sentences").add(1).add(6)))
                .containsExactly("exercises[1].sentences[1]: sentence 6 is keyed UNSUPPORTED_ASSERTION; a "
                        + "fact-or-opinion sort uses only sentences keyed REPORTED_FACT or OPINION");
    }

    @Test
    void a_fact_or_opinion_sort_cannot_include_not_a_claim() {
        assertThat(problemsOf(tree -> exercise(tree, 1).put("includeNotAClaim", true)))
                .containsExactly("exercises[1].includeNotAClaim: a fact-or-opinion sort uses only sentences keyed "
                        + "REPORTED_FACT or OPINION");
    }

    @Test
    void exercise_ids_must_be_unique() {
        assertThat(problemsOf(tree -> exercise(tree, 3).put("id", "label")))
                .containsExactly("exercises[3].id: exercise id 'label' is already used by exercises[0]");
    }

    @Test
    void a_passage_must_not_end_before_it_starts() {
        assertThat(problemsOf(tree -> exercise(tree, 0).putObject("passage").put("first", 5).put("last", 2)))
                .containsExactly("exercises[0].passage: the passage ends (2) before it starts (5)");
    }

    @Test
    void a_compare_exercise_reports_missing_sentences_per_article() {
        assertThat(problemsOf(tree -> ((ObjectNode) exercise(tree, 4).get("articles").get(1))
                .putObject("passage").put("first", 0).put("last", 4)))
                .containsExactly("exercises[4].articles[1].passage.last: no sentence 4 in the key");
    }

    @Test
    void a_compare_exercise_needs_two_articles() {
        assertThat(problemsOf(tree -> ((ArrayNode) tree.get("articles")).remove(1)))
                .containsExactly("exercises[4].type: COMPARE_ARTICLES needs a lesson with two articles");
    }

    @Test
    void a_span_exercise_without_any_anonymous_source_has_nothing_to_score() {
        assertThat(problemsOf(tree -> exercise(tree, 2).putObject("passage").put("first", 1).put("last", 2)))
                .containsExactly("exercises[2]: nothing to score: no selected sentence keyed ANONYMOUS_SOURCE has "
                        + "an ANONYMOUS_SOURCE or VAGUE_ATTRIBUTION cue");
    }

    @Test
    void contested_sentences_are_not_scored_so_an_exercise_of_only_contested_ones_is_reported() {
        assertThat(problemsOf(tree -> {
            key(tree, 0, 1).put("contested", true);
            key(tree, 0, 2).put("contested", true);
            key(tree, 0, 5).put("contested", true);
        })).containsExactly("exercises[1]: nothing to score: every selected sentence is contested or not asked "
                + "about by this exercise");
    }

    @Test
    void a_labeller_change_must_end_at_the_key_label() {
        assertThat(problemsOf(tree -> ((ObjectNode) tree.at("/provenance/labellerChanges/0")).put("final", "OPINION")))
                .containsExactly("provenance.labellerChanges[0].final: is the proposed label; a change must change "
                                + "the label",
                        "provenance.labellerChanges[0].final: sentence 6 is keyed UNSUPPORTED_ASSERTION, not OPINION");
    }

    @Test
    void an_unknown_field_is_reported_so_a_misspelt_option_is_not_ignored() {
        assertThat(problemsOf(tree -> exercise(tree, 0).put("includeNotAclaim", true)))
                .singleElement().asString().startsWith("exercises[0].includeNotAclaim: unknown field");
    }

    @Test
    void an_article_needs_exactly_one_of_seed_or_text() {
        assertThat(problemsOf(tree -> ((ObjectNode) tree.at("/articles/0")).put("text", "Council Votes")))
                .containsExactly("articles[0]: give exactly one of 'seed' (a file in the seeds directory) or "
                        + "'text' (an uploaded article)");
    }

    @Test
    void a_seed_name_cannot_leave_the_seeds_directory() {
        assertThat(problemsOf(tree -> ((ObjectNode) tree.at("/articles/0")).put("seed", "../seeds/mini.txt")))
                .containsExactly("articles[0].seed: no seed file '../seeds/mini.txt' in the seeds directory");
    }

    @Test
    void a_lesson_id_must_be_usable_as_a_file_name() {
        assertThat(problemsOf(tree -> tree.put("id", "Elm Park/2")))
                .containsExactly("id: 'Elm Park/2' must be lowercase letters, digits and hyphens, like elm-park: "
                        + "it names the lesson's file");
    }

    @Test
    void a_review_time_must_be_a_utc_timestamp() {
        assertThat(problemsOf(tree -> ((ObjectNode) tree.get("provenance")).put("reviewedAt", "yesterday")))
                .containsExactly("provenance.reviewedAt: 'yesterday' is not a UTC timestamp like 2026-11-20T14:30:00Z");
    }

    @Test
    void a_lesson_with_problems_is_not_written() {
        Lesson lesson = goodLesson();
        Exercise sort = lesson.exercises().get(1);
        Exercise broken = new Exercise(sort.id(), sort.type(), sort.title(), sort.instructions(), false,
                List.of(new SentenceSelection.Sentences(List.of(0))));
        Lesson bad = new Lesson(lesson.id(), lesson.title(), lesson.gradeBand(), lesson.learningObjectives(),
                lesson.articles(), List.of(broken), lesson.provenance());

        assertThatThrownBy(() -> lessonFiles().toJson(bad))
                .isInstanceOf(LessonFormatException.class)
                .hasMessageContaining("elm-park: exercises[0].sentences[0]: sentence 0 is keyed NOT_A_CLAIM");
    }

    private static List<String> problemsOf(Consumer<ObjectNode> change) {
        ObjectNode tree = goodTree();
        change.accept(tree);
        try {
            lessonFiles().parse(tree.toString(), "lessons/x.json");
        } catch (LessonFormatException e) {
            return e.problems().stream().map(problem -> problem.field() + ": " + problem.message()).toList();
        }
        return List.of();
    }

    private static ObjectNode key(ObjectNode tree, int article, int sentence) {
        return (ObjectNode) tree.get("articles").get(article).get("key").get(sentence);
    }

    private static ObjectNode exercise(ObjectNode tree, int index) {
        return (ObjectNode) tree.get("exercises").get(index);
    }
}
