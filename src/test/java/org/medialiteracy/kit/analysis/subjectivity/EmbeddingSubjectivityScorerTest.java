package org.medialiteracy.kit.analysis.subjectivity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medialiteracy.kit.analysis.Label;

class EmbeddingSubjectivityScorerTest {

    private static final String OPINION = "I think this is a terrible, reckless decision.";
    private static final String FACT = "The meeting took place in Brussels on Wednesday.";
    private static final List<String> SENTENCES = List.of(OPINION, FACT,
            "Critics say the plan could backfire badly.",
            "Unemployment fell to 4.1 percent in March, the statistics office said.",
            "Frankly, nobody should be surprised by this shameful spectacle!",
            "Is this really the best we can do?");

    @Test
    void bundled_model_loads_with_a_weight_for_every_feature() {
        SubjectivityModel model = SubjectivityModel.fromClasspath();

        int expected = SentenceEncoder.DIMENSION + (model.handFeatures() ? HandFeatures.NAMES.size() : 0);
        assertEquals(expected, model.weights().length);
        assertTrue(model.threshold() > 0 && model.threshold() < 1);
    }

    @Test
    void bundled_models_were_trained_on_the_bundled_encoders_embeddings() {
        try (SentenceEncoder encoder = SentenceEncoder.load()) {
            assertEquals(encoder.identity(), SubjectivityModel.fromClasspath().encoder());
            assertEquals(encoder.identity(), ClaimModel.fromClasspath().encoder());
            assertTrue(encoder.identity().startsWith(SentenceEncoder.NAME + ", crc "), encoder.identity());
        }
    }

    @Test
    void a_model_trained_on_another_encoder_is_refused() {
        assertThatThrownBy(() -> EmbeddingSubjectivityScorer.requireEncoder("fine-tuned, crc 0123456789abcdef",
                "fine-tuned, crc fedcba9876543210", "claim-model.json"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("claim-model.json")
                .hasMessageContaining("retrain");
    }

    @Test
    void scores_are_probabilities() {
        for (double score : EmbeddingSubjectivityScorer.load().subjectivity(SENTENCES)) {
            assertTrue(score >= 0 && score <= 1, "not a probability: " + score);
        }
    }

    @Test
    void an_opinionated_sentence_scores_higher_than_a_plain_fact() {
        double[] scores = EmbeddingSubjectivityScorer.load().subjectivity(List.of(OPINION, FACT));

        assertTrue(scores[0] > scores[1], "opinion " + scores[0] + " vs fact " + scores[1]);
    }

    @Test
    void batch_and_one_by_one_scoring_agree() {
        EmbeddingSubjectivityScorer scorer = EmbeddingSubjectivityScorer.load();
        double[] batch = scorer.subjectivity(SENTENCES);

        for (int i = 0; i < SENTENCES.size(); i++) {
            assertEquals(batch[i], scorer.subjectivity(List.of(SENTENCES.get(i)))[0], 1e-9, SENTENCES.get(i));
        }
    }

    @Test
    void a_scorer_loading_in_the_background_answers_as_the_loaded_one_does() {
        try (LoadingScorer loading = EmbeddingSubjectivityScorer.loadInBackground()) {
            EmbeddingSubjectivityScorer loaded = EmbeddingSubjectivityScorer.load();

            assertArrayEquals(loaded.subjectivity(SENTENCES), loading.subjectivity(SENTENCES), 1e-9);
            assertEquals(loaded.judgeClaim(FACT, Label.OPINION, List.of()),
                    loading.judgeClaim(FACT, Label.OPINION, List.of()));
        }
    }

    @Test
    void a_sentence_longer_than_the_model_accepts_is_cut_not_rejected() {
        String longSentence = String.join(" ", Collections.nCopies(700, "word"));

        double[] scores = EmbeddingSubjectivityScorer.load().subjectivity(List.of(longSentence, ""));

        assertEquals(2, scores.length);
    }

    @Test
    void an_empty_list_gives_no_scores() {
        assertEquals(0, EmbeddingSubjectivityScorer.load().subjectivity(List.of()).length);
    }
}
