package org.medialiteracy.kit.analysis.subjectivity;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.medialiteracy.kit.analysis.subjectivity.LabelledTsv.Example;

/**
 * Measures the bundled scorer on one CheckThat!-style TSV file: macro-F1 at the model's own
 * threshold, cold load time, and warm single-thread throughput.
 *
 * <p>Arguments: {@code FILE [BATCH]} where BATCH is the number of sentences per call (default 30,
 * about one article).
 */
public final class SubjectivityEvaluator {

    private SubjectivityEvaluator() {
    }

    public static void main(String[] args) {
        List<Example> examples = LabelledTsv.readCheckThat(Path.of(args[0]));
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        List<String> sentences = examples.stream().map(Example::sentence).toList();
        boolean[] subjective = new boolean[examples.size()];
        for (int i = 0; i < subjective.length; i++) {
            subjective[i] = examples.get(i).subjective();
        }

        long start = System.nanoTime();
        EmbeddingSubjectivityScorer scorer = EmbeddingSubjectivityScorer.load();
        scorer.subjectivity(List.of(sentences.getFirst()));
        double coldSeconds = (System.nanoTime() - start) / 1e9;

        double[] probabilities = score(scorer, sentences, batch);
        BinaryScores scores = BinaryScores.of(probabilities, subjective, scorer.threshold());
        System.out.printf(Locale.ROOT, "%s: %d sentences, threshold %.2f%n  %s%n", args[0], sentences.size(),
                scorer.threshold(), scores.summary());

        int rounds = 3;
        start = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            score(scorer, sentences, batch);
        }
        double warmSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "  cold load to first score %.2f s; warm %.0f sentences/s (one ONNX"
                + " thread, %d sentences per call)%n", coldSeconds, rounds * sentences.size() / warmSeconds, batch);
    }

    private static double[] score(EmbeddingSubjectivityScorer scorer, List<String> sentences, int batch) {
        double[] probabilities = new double[sentences.size()];
        for (int from = 0; from < sentences.size(); from += batch) {
            int to = Math.min(from + batch, sentences.size());
            double[] part = scorer.subjectivity(sentences.subList(from, to));
            System.arraycopy(part, 0, probabilities, from, part.length);
        }
        return probabilities;
    }
}
