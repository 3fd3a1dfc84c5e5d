package org.medialiteracy.kit.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.medialiteracy.kit.analysis.Label.ANONYMOUS_SOURCE;
import static org.medialiteracy.kit.analysis.Label.NOT_A_CLAIM;
import static org.medialiteracy.kit.analysis.Label.OPINION;
import static org.medialiteracy.kit.analysis.Label.REPORTED_FACT;
import static org.medialiteracy.kit.analysis.Label.UNSUPPORTED_ASSERTION;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.medialiteracy.kit.analysis.Label;
import org.medialiteracy.kit.lesson.Exercise;
import org.medialiteracy.kit.lesson.ExerciseType;
import org.medialiteracy.kit.lesson.KeyedSentence;
import org.medialiteracy.kit.lesson.Lesson;
import org.medialiteracy.kit.lesson.LessonFiles;
import org.medialiteracy.kit.lesson.SeedTexts;

/**
 * Scores attempts at the fixture lesson {@code elm-park}. Its first article's key:
 * 0 N (headline), 1 F, 2 F, 3 A, 4 A, 5 O, 6 U, 7 N (question); the second article's:
 * 0 F, 1 A, 2 O, 3 F.
 */
class ExerciseScorerTest {

    private static final double EXACT = 1e-12;
    private static final Path FIXTURES = Path.of("src/test/resources/lesson-fixtures");
    private final Lesson lesson = new LessonFiles(SeedTexts.directory(FIXTURES.resolve("seeds")))
            .read(FIXTURES.resolve("good/elm-park.json"));

    @Test
    void a_label_exercise_scores_only_the_claims_of_its_passage() {
        // scored: 1 F, 2 F, 3 A, 4 A, 5 O, 6 U (0 and 7 are not claims); correct 1, 3, 5; 6 unanswered
        // kappa over 5 answered: p_o = 3/5; key F2 A2 O1, answers F1 O3 A1; p_e = (2·1 + 2·1 + 1·3)/25 = 7/25
        // κ = (15/25 − 7/25)/(18/25) = 4/9
        AttemptScore score = ExerciseScorer.score(lesson, exercise("label"), new Answers.Labels(Map.of(
                0, NOT_A_CLAIM, 1, REPORTED_FACT, 2, OPINION, 3, ANONYMOUS_SOURCE, 4, OPINION, 5, OPINION)));

        assertThat(score.pointsEarned()).isEqualTo(3);
        assertThat(score.pointsPossible()).isEqualTo(6);
        assertThat(score.percent()).isEqualTo(50.0);
        LabelAgreement labels = score.labels().orElseThrow();
        assertThat(labels.accuracy()).isEqualTo(0.5);
        assertThat(labels.kappa()).isCloseTo(4.0 / 9.0, within(EXACT));
        assertThat(labels.recallByLabel()).containsExactly(Map.entry(ANONYMOUS_SOURCE, 0.5),
                Map.entry(REPORTED_FACT, 0.5), Map.entry(OPINION, 1.0), Map.entry(UNSUPPORTED_ASSERTION, 0.0));
        assertThat(labels.confusion().keyed(NOT_A_CLAIM)).isZero();
        assertThat(score.selection()).isEmpty();
        assertThat(score.patterns()).containsExactly("You left 1 sentence without an answer.");
    }

    @Test
    void not_a_claim_items_are_scored_when_the_exercise_includes_them() {
        Exercise label = exercise("label");
        Exercise withNotAClaim = new Exercise(label.id(), label.type(), label.title(), label.instructions(), true,
                label.selections());

        AttemptScore score = ExerciseScorer.score(lesson, withNotAClaim, new Answers.Labels(Map.of(0, NOT_A_CLAIM)));

        assertThat(score.pointsPossible()).isEqualTo(8);
        assertThat(score.pointsEarned()).isEqualTo(1);
        assertThat(score.labels().orElseThrow().recallByLabel()).containsEntry(NOT_A_CLAIM, 0.5);
    }

    @Test
    void contested_items_are_never_scored() {
        List<KeyedSentence> key = List.of(Keys.sentence(0, OPINION), Keys.contested(Keys.sentence(1, REPORTED_FACT)),
                Keys.sentence(2, REPORTED_FACT));
        Exercise exercise = Keys.exercise(ExerciseType.LABEL_SENTENCES, false, 0, 2);

        AttemptScore score = ExerciseScorer.score(Keys.lesson(key, exercise), exercise,
                Keys.answers(OPINION, OPINION, REPORTED_FACT));

        assertThat(score.pointsEarned()).isEqualTo(2);
        assertThat(score.pointsPossible()).isEqualTo(2);
    }

    @Test
    void a_fact_or_opinion_sort_scores_facts_and_opinions_and_names_the_number_cue_of_the_mix_up() {
        // sentences 1 F, 2 F (both with a number or date) and 5 O, all answered Opinion: 1 of 3
        AttemptScore score = ExerciseScorer.score(lesson, exercise("sort"),
                new Answers.Labels(Map.of(1, OPINION, 2, OPINION, 5, OPINION)));

        assertThat(score.pointsEarned()).isEqualTo(1);
        assertThat(score.pointsPossible()).isEqualTo(3);
        assertThat(score.labels().orElseThrow().kappa()).isCloseTo(0.0, within(EXACT));
        assertThat(score.patterns()).containsExactly(
                "You often called reported facts \"Opinion\" when the sentence had a number or a date in it.");
    }

    @Test
    void a_fact_or_opinion_sort_ignores_sentences_of_other_labels_even_in_a_passage() {
        List<KeyedSentence> key = Keys.key(REPORTED_FACT, UNSUPPORTED_ASSERTION, OPINION);
        Exercise sort = Keys.exercise(ExerciseType.FACT_OR_OPINION, false, 0, 2);

        AttemptScore score = ExerciseScorer.score(Keys.lesson(key, sort), sort,
                Keys.answers(REPORTED_FACT, REPORTED_FACT, OPINION));

        assertThat(score.pointsPossible()).isEqualTo(2);
        assertThat(score.pointsEarned()).isEqualTo(2);
    }

    @Test
    void a_span_exercise_scores_marks_against_the_anonymous_source_cues() {
        String text = lesson.article().text();
        int someSay = text.indexOf("Some say");
        int mayor = text.indexOf("Mayor Ana Ruiz");
        // key spans: "Officials who asked not to be named" (sentence 3) and "Some say" (sentence 4)
        AttemptScore score = ExerciseScorer.score(lesson, exercise("anon"), new Answers.Spans(List.of(
                new MarkedSpan(someSay, someSay + 4), new MarkedSpan(mayor, mayor + 5))));

        PrecisionRecall spans = score.selection().orElseThrow();
        assertThat(spans).isEqualTo(PrecisionRecall.of(2, 1, 2, 1));
        assertThat(spans.f1()).isCloseTo(0.5, within(EXACT));
        assertThat(score.pointsEarned()).isEqualTo(1); // round(0.5 · 2)
        assertThat(score.pointsPossible()).isEqualTo(2);
        assertThat(score.labels()).isEmpty();
        assertThat(score.patterns()).containsExactly(
                "You missed 1 of the 2 unnamed sources.",
                "Look out for people described only by their job, like \"a senior official\": we are not told who they are.",
                "1 of your 2 marks did not cover an unnamed source.");
    }

    @Test
    void finding_the_unsupported_assertions_scores_picks_among_the_claims_of_the_passage() {
        // claims 1..6, unsupported {6}; picks 5, 6 and 7 (7 is not a claim, so ignored)
        // precision 1/2, recall 1/1, F1 = 2/3; points round(2/3 · 1) = 1
        AttemptScore score = ExerciseScorer.score(lesson, exercise("unsupported"), new Answers.Picks(Set.of(5, 6, 7)));

        assertThat(score.selection().orElseThrow()).isEqualTo(PrecisionRecall.of(2, 1, 1, 1));
        assertThat(score.selection().orElseThrow().f1()).isCloseTo(2.0 / 3.0, within(EXACT));
        assertThat(score.pointsEarned()).isEqualTo(1);
        assertThat(score.pointsPossible()).isEqualTo(1);
        assertThat(score.patterns()).containsExactly(
                "You picked 1 sentence that is really \"Opinion\": the writer's opinion is not pretending to be a fact.");
    }

    @Test
    void a_comparison_checks_both_predictions_against_each_articles_share_of_labels() {
        // article 1 claims: F2 A2 O1 U1 of 6 → opinion 1/6, anonymous 2/6
        // article 2: F2 A1 O1 of 4 → opinion 1/4, anonymous 1/4
        // more opinion: article 2 (index 1), guessed right; more anonymous: article 1 (index 0), guessed wrong
        AttemptScore score = ExerciseScorer.score(lesson, exercise("compare"),
                new Answers.Predictions(Optional.of(1), Optional.of(1)));

        CompareOutcome outcome = score.comparison().orElseThrow();
        assertThat(outcome.moreOpinion().correct()).isTrue();
        assertThat(outcome.moreAnonymous().correct()).isFalse();
        assertThat(outcome.moreAnonymous().accepted()).containsExactly(0);
        assertThat(outcome.mixes().get(0).counts()).containsExactly(Map.entry(NOT_A_CLAIM, 0),
                Map.entry(ANONYMOUS_SOURCE, 2), Map.entry(REPORTED_FACT, 2), Map.entry(OPINION, 1),
                Map.entry(UNSUPPORTED_ASSERTION, 1));
        assertThat(outcome.mixes().get(1).total()).isEqualTo(4);
        assertThat(score.pointsEarned()).isEqualTo(1);
        assertThat(score.pointsPossible()).isEqualTo(2);
        assertThat(score.patterns()).containsExactly(
                "Right! Article 2 relies more on opinion. Opinion: 1 of 6 sentences in Article 1, 1 of 4 in Article 2.",
                "Not quite. Article 1 relies more on anonymous sources. Anonymous sourcing: 2 of 6 sentences in "
                        + "Article 1, 1 of 4 in Article 2.");
    }

    @Test
    void a_comparison_accepts_either_article_when_their_shares_are_equal_and_counts_no_guess_as_wrong() {
        CompareOutcome outcome = CompareOutcome.of(List.of(mix(OPINION, REPORTED_FACT), mix(OPINION, ANONYMOUS_SOURCE)),
                new Answers.Predictions(Optional.of(0), Optional.empty()));

        assertThat(outcome.moreOpinion().accepted()).containsExactlyInAnyOrder(0, 1);
        assertThat(outcome.moreOpinion().correct()).isTrue();
        assertThat(outcome.moreAnonymous().correct()).isFalse();
        assertThat(outcome.correctPredictions()).isEqualTo(1);
        assertThat(ResultPatterns.forComparison(outcome)).containsExactly(
                "Right! Both articles rely on opinion equally. Opinion: 1 of 2 sentences in Article 1, 1 of 2 in Article 2.",
                "No guess. Article 2 relies more on anonymous sources. Anonymous sourcing: 0 of 2 sentences in "
                        + "Article 1, 1 of 2 in Article 2.");
    }

    @Test
    void answers_of_the_wrong_kind_for_the_exercise_are_refused() {
        assertThatThrownBy(() -> ExerciseScorer.score(lesson, exercise("anon"), new Answers.Picks(Set.of(3))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("exercise anon (MARK_ANONYMOUS_SOURCES) is answered with Spans, not Picks");
    }

    private Exercise exercise(String id) {
        return lesson.exercise(id).orElseThrow();
    }

    private static LabelMix mix(Label... labels) {
        return LabelMix.of(Keys.key(labels));
    }
}
