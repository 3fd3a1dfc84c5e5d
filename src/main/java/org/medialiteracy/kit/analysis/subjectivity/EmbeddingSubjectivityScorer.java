package org.medialiteracy.kit.analysis.subjectivity;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.medialiteracy.kit.analysis.Cue;
import org.medialiteracy.kit.analysis.Label;
import org.medialiteracy.kit.analysis.SubjectivityScorer;

/**
 * Probability that each sentence is subjective (CheckThat! SUBJ, the codebook's OPINION), from
 * MiniLM sentence embeddings and a few hand features under logistic regression. Thread-safe.
 */
public final class EmbeddingSubjectivityScorer implements SubjectivityScorer {

    private final SentenceEncoder encoder;
    private final SubjectivityModel model;
    private final ClaimModel claims;
    // The labeller asks for a sentence's subjectivity and then, often, for its claim label: encode it once.
    private final ThreadLocal<Encoded> lastEncoded = new ThreadLocal<>();

    /** @param claims the claim re-decision model, or null to keep the rules' proposals */
    EmbeddingSubjectivityScorer(SentenceEncoder encoder, SubjectivityModel model, ClaimModel claims) {
        this.encoder = encoder;
        this.model = model;
        this.claims = claims;
    }

    /** The shared scorer with the bundled model; the first call loads it (about a second or two). */
    public static EmbeddingSubjectivityScorer load() {
        return Shared.INSTANCE;
    }

    /**
     * The shared scorer, loading (and running once) on another thread from now on, so that a cold command
     * splits and tags its text meanwhile; the first question waits for it. Close it before the JVM exits.
     */
    public static LoadingScorer loadInBackground() {
        return LoadingScorer.start(() -> {
            EmbeddingSubjectivityScorer scorer = load();
            scorer.subjectivity(List.of("Warm up."));
            return scorer;
        });
    }

    @Override
    public double[] subjectivity(List<String> sentences) {
        double[] probabilities = new double[sentences.size()];
        for (int i = 0; i < probabilities.length; i++) {
            String sentence = sentences.get(i);
            probabilities[i] = model.probability(model.features(sentence, embedding(sentence)));
        }
        return probabilities;
    }

    @Override
    public Label judgeClaim(String sentence, Label proposed, List<Cue> cues) {
        return claims == null ? proposed : claims.decide(embedding(sentence), proposed, cues);
    }

    private float[] embedding(String sentence) {
        Encoded last = lastEncoded.get();
        if (last == null || !last.sentence().equals(sentence)) {
            last = new Encoded(sentence, encoder.encode(List.of(sentence))[0]);
            lastEncoded.set(last);
        }
        return last.embedding();
    }

    private record Encoded(String sentence, float[] embedding) {
    }

    /** The probability at or above which a sentence counts as subjective, chosen at training time. */
    public double threshold() {
        return model.threshold();
    }

    // Holder idiom: the ONNX model loads on first use, not when this class is merely referenced.
    private static final class Shared {
        static final EmbeddingSubjectivityScorer INSTANCE = bundled();

        private static EmbeddingSubjectivityScorer bundled() {
            // The JSON models parse on another thread while the encoder loads: each is a fair part of a cold start.
            // Method references only: a lambda here would wait on this class's own initialisation, a deadlock.
            CompletableFuture<SubjectivityModel> subjectivityLoading =
                    CompletableFuture.supplyAsync(SubjectivityModel::fromClasspath);
            CompletableFuture<ClaimModel> claimsLoading = CompletableFuture.supplyAsync(ClaimModel::fromClasspath);
            SentenceEncoder encoder = SentenceEncoder.load();
            SubjectivityModel subjectivity = joined(subjectivityLoading);
            ClaimModel claims = joined(claimsLoading);
            requireEncoder(encoder.identity(), subjectivity.encoder(), SubjectivityModel.RESOURCE);
            requireEncoder(encoder.identity(), claims.encoder(), ClaimModel.RESOURCE);
            return new EmbeddingSubjectivityScorer(encoder, subjectivity, claims);
        }
    }

    static <T> T joined(CompletableFuture<T> loading) {
        try {
            return loading.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Weights learned on one encoder's embeddings mean nothing on another's. */
    static void requireEncoder(String encoder, String trainedOn, String model) {
        if (!encoder.equals(trainedOn)) {
            throw new IllegalStateException(model + " was trained on the embeddings of '" + trainedOn
                    + "', not of the bundled encoder; retrain it (docs/labeller-training.md)");
        }
    }
}
