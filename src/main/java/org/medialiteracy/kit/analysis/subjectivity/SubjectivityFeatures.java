package org.medialiteracy.kit.analysis.subjectivity;

/** Builds the classifier's input: the sentence embedding, optionally followed by hand features. */
final class SubjectivityFeatures {

    private SubjectivityFeatures() {
    }

    static double[] of(String sentence, float[] embedding, boolean withHandFeatures) {
        double[] hand = withHandFeatures ? HandFeatures.of(sentence) : new double[0];
        double[] features = new double[embedding.length + hand.length];
        for (int i = 0; i < embedding.length; i++) {
            features[i] = embedding[i];
        }
        System.arraycopy(hand, 0, features, embedding.length, hand.length);
        return features;
    }
}
