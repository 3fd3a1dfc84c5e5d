package org.medialiteracy.kit.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.medialiteracy.kit.analysis.Cue;
import org.medialiteracy.kit.analysis.CueKind;

class PrecisionRecallTest {

    private static final double EXACT = 1e-12;
    private static final Cue FIRST = new Cue(10, 20, CueKind.ANONYMOUS_SOURCE);
    private static final Cue SECOND = new Cue(30, 35, CueKind.VAGUE_ATTRIBUTION);
    private static final Cue THIRD = new Cue(50, 60, CueKind.ANONYMOUS_SOURCE);

    @Test
    void one_mark_across_two_key_spans_is_one_correct_mark_that_finds_both() {
        PrecisionRecall score = ExerciseScorer.matchSpans(List.of(FIRST, SECOND), List.of(new MarkedSpan(12, 32)));

        assertThat(score).isEqualTo(PrecisionRecall.of(1, 1, 2, 2));
        assertThat(score.f1()).isEqualTo(1.0);
    }

    @Test
    void two_marks_on_one_key_span_are_two_correct_marks_that_find_it_once() {
        PrecisionRecall score = ExerciseScorer.matchSpans(List.of(THIRD),
                List.of(new MarkedSpan(55, 58), new MarkedSpan(58, 59)));

        assertThat(score).isEqualTo(PrecisionRecall.of(2, 2, 1, 1));
    }

    @Test
    void precision_recall_and_f1_of_a_mixed_marking() {
        // marks: 12..32 hits FIRST and SECOND, 55..58 and 58..59 hit THIRD, 70..80 hits nothing
        // precision 3/4, recall 3/3, F1 = 2·0.75·1/1.75 = 6/7
        PrecisionRecall score = ExerciseScorer.matchSpans(List.of(FIRST, SECOND, THIRD), List.of(
                new MarkedSpan(12, 32), new MarkedSpan(55, 58), new MarkedSpan(58, 59), new MarkedSpan(70, 80)));

        assertThat(score.precision()).isCloseTo(0.75, within(EXACT));
        assertThat(score.recall()).isEqualTo(1.0);
        assertThat(score.f1()).isCloseTo(6.0 / 7.0, within(EXACT));
        assertThat(ExerciseScorer.pointsFromF1(score)).isEqualTo(3); // round(6/7 · 3) = round(2.57)
    }

    @Test
    void a_mark_that_only_touches_a_key_span_does_not_overlap_it() {
        PrecisionRecall score = ExerciseScorer.matchSpans(List.of(FIRST), List.of(new MarkedSpan(20, 30)));

        assertThat(score).isEqualTo(PrecisionRecall.of(1, 0, 1, 0));
        assertThat(score.f1()).isZero();
    }

    @Test
    void marking_nothing_when_nothing_is_expected_is_perfect() {
        PrecisionRecall score = ExerciseScorer.matchSpans(List.of(), List.of());

        assertThat(List.of(score.precision(), score.recall(), score.f1())).containsExactly(1.0, 1.0, 1.0);
    }

    @Test
    void marking_something_when_nothing_is_expected_has_zero_precision_and_zero_f1() {
        PrecisionRecall score = ExerciseScorer.matchSpans(List.of(), List.of(new MarkedSpan(1, 5), new MarkedSpan(7, 9)));

        assertThat(List.of(score.precision(), score.recall(), score.f1())).containsExactly(0.0, 1.0, 0.0);
    }

    @Test
    void marking_nothing_when_something_is_expected_has_zero_recall_and_zero_f1() {
        PrecisionRecall score = ExerciseScorer.matchSpans(List.of(FIRST, SECOND), List.of());

        assertThat(List.of(score.precision(), score.recall(), score.f1())).containsExactly(1.0, 0.0, 0.0);
        assertThat(ExerciseScorer.pointsFromF1(score)).isZero();
    }

    @Test
    void points_round_f1_times_expected_half_up() {
        // precision 1/1, recall 1/3: F1 = 2·(1/3)/(4/3) = 1/2; 1/2 · 3 = 1.5 → 2
        PrecisionRecall score = PrecisionRecall.of(1, 1, 3, 1);

        assertThat(score.f1()).isCloseTo(0.5, within(EXACT));
        assertThat(ExerciseScorer.pointsFromF1(score)).isEqualTo(2);
    }
}
