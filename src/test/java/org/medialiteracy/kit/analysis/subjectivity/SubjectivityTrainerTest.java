package org.medialiteracy.kit.analysis.subjectivity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.medialiteracy.kit.analysis.subjectivity.SubjectivityTrainer.Encoded;

class SubjectivityTrainerTest {

    // liblinear orients its weights towards whichever label it met first; the model must not care.
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void fitted_model_scores_subjective_examples_above_half(boolean firstIsSubjective) {
        int size = 40;
        String[] sentences = new String[size];
        float[][] embeddings = new float[size][SentenceEncoder.DIMENSION];
        boolean[] subjective = new boolean[size];
        for (int i = 0; i < size; i++) {
            sentences[i] = "sentence " + i;
            subjective[i] = (i % 2 == 0) == firstIsSubjective;
            embeddings[i][0] = subjective[i] ? 1 : -1;
            embeddings[i][1 + i % 3] = 0.5f;
        }

        SubjectivityModel model = SubjectivityTrainer.fit(new Encoded(sentences, embeddings, subjective), false,
                1.0, 0.5, "synthetic");

        for (int i = 0; i < size; i++) {
            double probability = model.probability(model.features(sentences[i], embeddings[i]));
            assertEquals(subjective[i], probability >= 0.5, "sentence " + i + " scored " + probability);
        }
    }
}
