package org.medialiteracy.kit.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.medialiteracy.kit.analysis.Label.ANONYMOUS_SOURCE;
import static org.medialiteracy.kit.analysis.Label.NOT_A_CLAIM;
import static org.medialiteracy.kit.analysis.Label.OPINION;
import static org.medialiteracy.kit.analysis.Label.REPORTED_FACT;
import static org.medialiteracy.kit.analysis.Label.UNSUPPORTED_ASSERTION;
import static org.medialiteracy.kit.scoring.Keys.answers;
import static org.medialiteracy.kit.scoring.Keys.key;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LabelAgreementTest {

    private static final double EXACT = 1e-12;

    /*
     * key:    F F F O O O A A U U
     * answer: F F O O O F A - U O      (sentence 7 unanswered)
     * correct 6 of 10 → accuracy 0.6
     * kappa over the 9 answered: p_o = 6/9;
     *   key marginals F 3, O 3, A 1, U 2; answer marginals F 3, O 4, A 1, U 1
     *   p_e = (3·3 + 3·4 + 1·1 + 2·1) / 81 = 24/81
     *   κ = (54/81 − 24/81) / (57/81) = 30/57 = 10/19
     */
    private final LabelAgreement worked = LabelAgreement.of(
            key(REPORTED_FACT, REPORTED_FACT, REPORTED_FACT, OPINION, OPINION, OPINION, ANONYMOUS_SOURCE,
                    ANONYMOUS_SOURCE, UNSUPPORTED_ASSERTION, UNSUPPORTED_ASSERTION),
            answers(REPORTED_FACT, REPORTED_FACT, OPINION, OPINION, OPINION, REPORTED_FACT, ANONYMOUS_SOURCE, null,
                    UNSUPPORTED_ASSERTION, OPINION));

    @Test
    void accuracy_counts_an_unanswered_item_as_wrong() {
        assertThat(worked.scoredItems()).isEqualTo(10);
        assertThat(worked.answered()).isEqualTo(9);
        assertThat(worked.correct()).isEqualTo(6);
        assertThat(worked.accuracy()).isCloseTo(0.6, within(EXACT));
    }

    @Test
    void kappa_compares_observed_with_chance_agreement_over_the_answered_items() {
        assertThat(worked.kappa()).isCloseTo(10.0 / 19.0, within(EXACT));
        assertThat(worked.kappaText()).isEqualTo("0.53");
    }

    @Test
    void recall_per_label_counts_unanswered_items_as_missed_and_leaves_out_unkeyed_labels() {
        assertThat(worked.recallByLabel()).containsExactly(
                Map.entry(ANONYMOUS_SOURCE, 0.5),
                Map.entry(REPORTED_FACT, 2.0 / 3.0),
                Map.entry(OPINION, 2.0 / 3.0),
                Map.entry(UNSUPPORTED_ASSERTION, 0.5));
    }

    @Test
    void the_confusion_matrix_is_key_by_answer_with_unanswered_items_per_key_label() {
        ConfusionMatrix confusion = worked.confusion();

        assertThat(confusion.count(REPORTED_FACT, REPORTED_FACT)).isEqualTo(2);
        assertThat(confusion.count(REPORTED_FACT, OPINION)).isEqualTo(1);
        assertThat(confusion.count(OPINION, OPINION)).isEqualTo(2);
        assertThat(confusion.count(OPINION, REPORTED_FACT)).isEqualTo(1);
        assertThat(confusion.count(ANONYMOUS_SOURCE, ANONYMOUS_SOURCE)).isEqualTo(1);
        assertThat(confusion.unanswered(ANONYMOUS_SOURCE)).isEqualTo(1);
        assertThat(confusion.count(UNSUPPORTED_ASSERTION, UNSUPPORTED_ASSERTION)).isEqualTo(1);
        assertThat(confusion.count(UNSUPPORTED_ASSERTION, OPINION)).isEqualTo(1);
        assertThat(confusion.answered()).isEqualTo(9);
        assertThat(confusion.keyed(UNSUPPORTED_ASSERTION)).isEqualTo(2);
        assertThat(confusion.answeredAs(OPINION)).isEqualTo(4);
    }

    @Test
    void kappa_is_undefined_and_shown_as_not_enough_answers_when_nothing_was_answered() {
        LabelAgreement blank = LabelAgreement.of(key(OPINION, REPORTED_FACT), answers());

        assertThat(blank.kappa()).isNaN();
        assertThat(blank.kappaText()).isEqualTo("not enough answers");
        assertThat(blank.accuracy()).isZero();
        assertThat(blank.recallByLabel()).containsExactly(Map.entry(REPORTED_FACT, 0.0), Map.entry(OPINION, 0.0));
    }

    @Test
    void kappa_is_one_when_every_answer_matches_a_single_label_key() {
        LabelAgreement agreement = LabelAgreement.of(key(OPINION, OPINION, OPINION), answers(OPINION, OPINION, OPINION));

        assertThat(agreement.kappa()).isEqualTo(1.0);
    }

    @Test
    void kappa_is_zero_when_a_single_label_key_gets_one_other_answer() {
        // p_o = 2/3; p_e = (3·2 + 0·1)/9 = 2/3; κ = 0 / (1/3) = 0
        LabelAgreement agreement = LabelAgreement.of(key(OPINION, OPINION, OPINION),
                answers(OPINION, OPINION, REPORTED_FACT));

        assertThat(agreement.kappa()).isCloseTo(0.0, within(EXACT));
    }

    @Test
    void kappa_is_minus_one_when_two_labels_are_swapped() {
        // p_o = 0; p_e = (1·1 + 1·1)/4 = 1/2; κ = (0 − 1/2)/(1/2) = −1
        LabelAgreement agreement = LabelAgreement.of(key(REPORTED_FACT, OPINION), answers(OPINION, REPORTED_FACT));

        assertThat(agreement.kappa()).isCloseTo(-1.0, within(EXACT));
    }

    @Test
    void answers_to_sentences_outside_the_scored_items_are_ignored() {
        LabelAgreement agreement = LabelAgreement.of(key(OPINION).subList(0, 1),
                new Answers.Labels(Map.of(0, OPINION, 5, NOT_A_CLAIM)));

        assertThat(agreement.answered()).isEqualTo(1);
        assertThat(agreement.confusion().answeredAs(NOT_A_CLAIM)).isZero();
    }

    @Test
    void a_class_matrix_is_the_sum_of_the_students_matrices() {
        ConfusionMatrix one = ConfusionMatrix.empty().with(OPINION, Optional.of(REPORTED_FACT));
        ConfusionMatrix two = ConfusionMatrix.empty().with(OPINION, Optional.of(REPORTED_FACT))
                .with(OPINION, Optional.empty());

        ConfusionMatrix sum = one.plus(two);

        assertThat(sum.count(OPINION, REPORTED_FACT)).isEqualTo(2);
        assertThat(sum.unanswered(OPINION)).isEqualTo(1);
        assertThat(sum).isEqualTo(ConfusionMatrix.empty().with(OPINION, Optional.of(REPORTED_FACT))
                .with(OPINION, Optional.empty()).with(OPINION, Optional.of(REPORTED_FACT)));
    }
}
