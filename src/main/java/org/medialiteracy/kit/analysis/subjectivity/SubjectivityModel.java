package org.medialiteracy.kit.analysis.subjectivity;

import java.nio.file.Path;

/**
 * Logistic-regression weights over a sentence's features (embedding, then hand features when
 * {@code handFeatures}), oriented so that a positive score means subjective.
 *
 * @param threshold probability at or above which a sentence is called subjective
 * @param provenance what the model was trained on and how its settings were chosen
 */
record SubjectivityModel(int formatVersion, String encoder, boolean handFeatures, double regularisationC,
                         double threshold, double bias, double[] weights, String provenance) {

    static final int FORMAT_VERSION = 1;
    static final String RESOURCE = "subjectivity-model.json";

    SubjectivityModel {
        if (formatVersion != FORMAT_VERSION) {
            throw new IllegalArgumentException("unsupported subjectivity model format " + formatVersion);
        }
        int expected = SentenceEncoder.DIMENSION + (handFeatures ? HandFeatures.NAMES.size() : 0);
        if (weights == null || weights.length != expected) {
            throw new IllegalArgumentException("subjectivity model needs " + expected + " weights");
        }
    }

    static SubjectivityModel fromClasspath() {
        return ModelJson.fromClasspath(SubjectivityModel.class, RESOURCE);
    }

    void writeTo(Path file) {
        ModelJson.write(this, file);
    }

    /** The features this model reads, for one sentence and its embedding. */
    double[] features(String sentence, float[] embedding) {
        return SubjectivityFeatures.of(sentence, embedding, handFeatures);
    }

    double probability(double[] features) {
        double score = bias;
        for (int i = 0; i < weights.length; i++) {
            score += weights[i] * features[i];
        }
        return 1.0 / (1.0 + Math.exp(-score));
    }
}
