package org.medialiteracy.kit.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medialiteracy.kit.analysis.CueKind.EVALUATIVE;
import static org.medialiteracy.kit.analysis.CueKind.HEDGE;
import static org.medialiteracy.kit.analysis.CueKind.NUMBER_OR_DATE;
import static org.medialiteracy.kit.analysis.CueKind.VAGUE_ATTRIBUTION;
import static org.medialiteracy.kit.analysis.Label.ANONYMOUS_SOURCE;
import static org.medialiteracy.kit.analysis.Label.OPINION;
import static org.medialiteracy.kit.analysis.Label.REPORTED_FACT;
import static org.medialiteracy.kit.analysis.Label.UNSUPPORTED_ASSERTION;
import static org.medialiteracy.kit.scoring.Keys.sentence;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.medialiteracy.kit.analysis.Cue;
import org.medialiteracy.kit.lesson.KeyedSentence;

class ResultPatternsTest {

    @Test
    void opinions_called_facts_when_they_hold_a_number_are_named_as_a_pattern() {
        List<KeyedSentence> items = List.of(sentence(0, OPINION, NUMBER_OR_DATE, EVALUATIVE),
                sentence(1, OPINION, NUMBER_OR_DATE), sentence(2, OPINION, HEDGE), sentence(3, REPORTED_FACT));

        assertThat(patterns(items, Keys.answers(REPORTED_FACT, REPORTED_FACT, OPINION, REPORTED_FACT)))
                .containsExactly("You often called opinions \"Reported fact\" when the sentence had a number or a date in it.");
    }

    @Test
    void a_mix_up_without_a_shared_cue_is_named_without_one() {
        List<KeyedSentence> items = List.of(sentence(0, OPINION, NUMBER_OR_DATE), sentence(1, OPINION, HEDGE),
                sentence(2, OPINION, EVALUATIVE));

        assertThat(patterns(items, Keys.answers(UNSUPPORTED_ASSERTION, UNSUPPORTED_ASSERTION, UNSUPPORTED_ASSERTION)))
                .containsExactly("You often called opinions \"Unsupported assertion\".");
    }

    @Test
    void a_single_mistake_is_not_a_pattern() {
        List<KeyedSentence> items = List.of(sentence(0, OPINION, NUMBER_OR_DATE), sentence(1, REPORTED_FACT));

        assertThat(patterns(items, Keys.answers(REPORTED_FACT, REPORTED_FACT))).isEmpty();
    }

    @Test
    void a_mix_up_of_less_than_a_third_of_a_label_is_not_called_often() {
        List<KeyedSentence> items = Keys.key(OPINION, OPINION, OPINION, OPINION, OPINION, OPINION, OPINION);

        // 2 of 7 opinions called facts: 3 · 2 < 7
        assertThat(patterns(items, Keys.answers(REPORTED_FACT, REPORTED_FACT, OPINION, OPINION, OPINION, OPINION,
                OPINION))).isEmpty();
    }

    @Test
    void every_item_of_a_label_right_is_praised_and_skipped_items_are_counted() {
        List<KeyedSentence> items = Keys.key(ANONYMOUS_SOURCE, ANONYMOUS_SOURCE, OPINION, OPINION);

        assertThat(patterns(items, Keys.answers(ANONYMOUS_SOURCE, ANONYMOUS_SOURCE, null, null))).containsExactly(
                "You left 2 sentences without an answer.",
                "You got both sentences with unnamed sources right.");
    }

    @Test
    void missing_mostly_vague_attributions_gives_the_vague_words_tip() {
        List<Cue> missed = List.of(new Cue(0, 8, VAGUE_ATTRIBUTION));

        assertThat(ResultPatterns.forSpans(PrecisionRecall.of(0, 0, 1, 0), missed)).containsExactly(
                "You missed the unnamed source.",
                "Look out for vague words like \"some say\" or \"it is believed\": they hide who is talking.");
    }

    @Test
    void missing_every_unsupported_assertion_and_picking_a_fact_are_both_named() {
        assertThat(ResultPatterns.forPicks(PrecisionRecall.of(1, 0, 2, 0), List.of(sentence(4, REPORTED_FACT))))
                .containsExactly("You missed all 2 unsupported assertions.",
                        "You picked 1 sentence that is really \"Reported fact\".");
    }

    @Test
    void finding_every_source_and_nothing_else_is_said_plainly() {
        assertThat(ResultPatterns.forSpans(PrecisionRecall.of(2, 2, 2, 2), List.of()))
                .containsExactly("You found every unnamed source, and only those.");
        assertThat(ResultPatterns.forPicks(PrecisionRecall.of(1, 1, 1, 1), List.of()))
                .containsExactly("You found every unsupported assertion, and only those.");
    }

    private static List<String> patterns(List<KeyedSentence> items, Answers.Labels answers) {
        return ResultPatterns.forLabels(items, answers, LabelAgreement.of(items, answers));
    }
}
