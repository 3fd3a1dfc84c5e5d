package org.medialiteracy.kit.analysis.subjectivity;

import java.nio.file.Path;
import java.util.List;
import org.medialiteracy.kit.analysis.Cue;
import org.medialiteracy.kit.analysis.CueKind;
import org.medialiteracy.kit.analysis.Label;

/**
 * One-vs-rest logistic regression that re-decides a claim crediting no one among {@link #LABELS}, from
 * the sentence embedding, the rules' cue counts and the rules' own proposal (see {@link #features}).
 *
 * @param cueWeight scale of the cue and proposal features against the unit-length embedding
 * @param provenance what the model was trained on and how its settings were chosen
 */
record ClaimModel(int formatVersion, String encoder, double cueWeight, double regularisationC, double[] biases,
                  double[][] weights, String provenance) {

    static final int FORMAT_VERSION = 1;
    static final String RESOURCE = "claim-model.json";
    static final List<Label> LABELS = List.of(Label.OPINION, Label.UNSUPPORTED_ASSERTION, Label.REPORTED_FACT);
    static final List<CueKind> CUE_KINDS = List.of(CueKind.FIRST_PERSON, CueKind.HEDGE, CueKind.EVALUATIVE,
            CueKind.OBLIGATION, CueKind.NUMBER_OR_DATE, CueKind.QUESTION);
    static final int FEATURES = SentenceEncoder.DIMENSION + CUE_KINDS.size() + LABELS.size();

    ClaimModel {
        if (formatVersion != FORMAT_VERSION) {
            throw new IllegalArgumentException("unsupported claim model format " + formatVersion);
        }
        if (biases == null || weights == null || biases.length != LABELS.size() || weights.length != LABELS.size()) {
            throw new IllegalArgumentException("claim model needs one bias and one weight row per label");
        }
        for (double[] row : weights) {
            if (row.length != FEATURES) {
                throw new IllegalArgumentException("claim model needs " + FEATURES + " weights per label");
            }
        }
    }

    static ClaimModel fromClasspath() {
        return ModelJson.fromClasspath(ClaimModel.class, RESOURCE);
    }

    void writeTo(Path file) {
        ModelJson.write(this, file);
    }

    /** Embedding, then log(1 + count) of each cue kind, then the proposal one-hot; the last two scaled. */
    static double[] features(float[] embedding, Label proposed, List<Cue> cues, double cueWeight) {
        double[] features = new double[FEATURES];
        for (int d = 0; d < embedding.length; d++) {
            features[d] = embedding[d];
        }
        int offset = SentenceEncoder.DIMENSION;
        for (int k = 0; k < CUE_KINDS.size(); k++) {
            CueKind kind = CUE_KINDS.get(k);
            long count = cues.stream().filter(cue -> cue.kind() == kind).count();
            features[offset + k] = cueWeight * Math.log1p(count);
        }
        offset += CUE_KINDS.size();
        features[offset + LABELS.indexOf(proposed)] = cueWeight;
        return features;
    }

    Label decide(float[] embedding, Label proposed, List<Cue> cues) {
        double[] features = features(embedding, proposed, cues, cueWeight);
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int label = 0; label < LABELS.size(); label++) {
            double score = biases[label];
            for (int f = 0; f < FEATURES; f++) {
                score += weights[label][f] * features[f];
            }
            if (score > bestScore) {
                bestScore = score;
                best = label;
            }
        }
        return LABELS.get(best);
    }
}
