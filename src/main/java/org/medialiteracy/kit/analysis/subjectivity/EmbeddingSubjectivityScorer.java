package org.medialiteracy.kit.analysis.subjectivity;

import java.util.List;
import org.medialiteracy.kit.analysis.SubjectivityScorer;

/**
 * Probability that each sentence is subjective (CheckThat! SUBJ, the codebook's OPINION), from
 * MiniLM sentence embeddings and a few hand features under logistic regression. Thread-safe.
 */
public final class EmbeddingSubjectivityScorer implements SubjectivityScorer {

    private final SentenceEncoder encoder;
    private final SubjectivityModel model;

    EmbeddingSubjectivityScorer(SentenceEncoder encoder, SubjectivityModel model) {
        this.encoder = encoder;
        this.model = model;
    }

    /** The shared scorer with the bundled model; the first call loads it (about a second or two). */
    public static EmbeddingSubjectivityScorer load() {
        return Shared.INSTANCE;
    }

    @Override
    public double[] subjectivity(List<String> sentences) {
        float[][] embeddings = encoder.encode(sentences);
        double[] probabilities = new double[sentences.size()];
        for (int i = 0; i < probabilities.length; i++) {
            probabilities[i] = model.probability(model.features(sentences.get(i), embeddings[i]));
        }
        return probabilities;
    }

    /** The probability at or above which a sentence counts as subjective, chosen at training time. */
    public double threshold() {
        return model.threshold();
    }

    // Holder idiom: the ONNX model loads on first use, not when this class is merely referenced.
    private static final class Shared {
        static final EmbeddingSubjectivityScorer INSTANCE =
                new EmbeddingSubjectivityScorer(SentenceEncoder.load(), SubjectivityModel.fromClasspath());
    }
}
