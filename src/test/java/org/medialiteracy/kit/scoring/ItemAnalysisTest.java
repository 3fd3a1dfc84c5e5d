package org.medialiteracy.kit.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.medialiteracy.kit.analysis.Label.ANONYMOUS_SOURCE;
import static org.medialiteracy.kit.analysis.Label.OPINION;
import static org.medialiteracy.kit.analysis.Label.REPORTED_FACT;
import static org.medialiteracy.kit.analysis.Label.UNSUPPORTED_ASSERTION;
import static org.medialiteracy.kit.scoring.Keys.answers;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ItemAnalysisTest {

    private static final double EXACT = 1e-12;

    /*
     *            item 0 (F)  item 1 (O)  item 2 (U)
     * student 1      F           O           U
     * student 2      F           F           O
     * student 3      O           F           -
     * student 4      F           F           U
     */
    private final ItemAnalysis analysis = ItemAnalysis.of(Keys.key(REPORTED_FACT, OPINION, UNSUPPORTED_ASSERTION),
            List.of(answers(REPORTED_FACT, OPINION, UNSUPPORTED_ASSERTION),
                    answers(REPORTED_FACT, REPORTED_FACT, OPINION),
                    answers(OPINION, REPORTED_FACT, null),
                    answers(REPORTED_FACT, REPORTED_FACT, UNSUPPORTED_ASSERTION)));

    @Test
    void percent_correct_counts_every_student_and_agreement_is_the_share_of_agreeing_pairs() {
        // item 0: F3 O1 → 75 %, P = (3·2 + 1·0)/(4·3) = 1/2
        assertThat(analysis.items().get(0)).isEqualTo(new ItemStats(0, REPORTED_FACT, 4, 4, 3, 75.0,
                Optional.of(OPINION), 1, 0.5));
        // item 1: O1 F3 → 25 %, most chosen wrong F (3), P = (0 + 3·2)/12 = 1/2
        assertThat(analysis.items().get(1)).isEqualTo(new ItemStats(1, OPINION, 4, 4, 1, 25.0,
                Optional.of(REPORTED_FACT), 3, 0.5));
        // item 2: U2 O1, one unanswered → 2 of 4 = 50 %, P = (2·1 + 0)/(3·2) = 1/3
        ItemStats item2 = analysis.items().get(2);
        assertThat(item2.answered()).isEqualTo(3);
        assertThat(item2.percentCorrect()).isEqualTo(50.0);
        assertThat(item2.agreement()).isCloseTo(1.0 / 3.0, within(EXACT));
    }

    @Test
    void the_class_confusion_matrix_pools_every_students_answers() {
        ConfusionMatrix confusion = analysis.classConfusion();

        assertThat(confusion.count(REPORTED_FACT, REPORTED_FACT)).isEqualTo(3);
        assertThat(confusion.count(REPORTED_FACT, OPINION)).isEqualTo(1);
        assertThat(confusion.count(OPINION, REPORTED_FACT)).isEqualTo(3);
        assertThat(confusion.count(UNSUPPORTED_ASSERTION, UNSUPPORTED_ASSERTION)).isEqualTo(2);
        assertThat(confusion.unanswered(UNSUPPORTED_ASSERTION)).isEqualTo(1);
        assertThat(confusion.answered()).isEqualTo(11);
    }

    @Test
    void a_tie_for_most_chosen_wrong_label_goes_to_the_codebook_order() {
        ItemAnalysis tie = ItemAnalysis.of(Keys.key(REPORTED_FACT),
                List.of(answers(UNSUPPORTED_ASSERTION), answers(ANONYMOUS_SOURCE)));

        assertThat(tie.items().getFirst().mostChosenWrong()).contains(ANONYMOUS_SOURCE);
        assertThat(tie.items().getFirst().agreement()).isZero();
    }

    @Test
    void agreement_needs_two_answers_and_a_right_answer_is_not_a_wrong_label() {
        ItemAnalysis single = ItemAnalysis.of(Keys.key(OPINION), List.of(answers(OPINION), answers()));

        ItemStats item = single.items().getFirst();
        assertThat(item.agreement()).isNaN();
        assertThat(item.mostChosenWrong()).isEmpty();
        assertThat(item.percentCorrect()).isEqualTo(50.0);
    }
}
