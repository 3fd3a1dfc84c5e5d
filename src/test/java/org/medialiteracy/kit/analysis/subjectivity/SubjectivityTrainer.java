package org.medialiteracy.kit.analysis.subjectivity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.medialiteracy.kit.analysis.subjectivity.LabelledTsv.Example;

/**
 * Trains the bundled subjectivity model on CheckThat! 2025 English train + dev (plus any extra
 * {@code label<TAB>sentence} files) and writes it as JSON. Settings: regularisation C and whether
 * to add hand features by macro-F1 on dev_test; the decision threshold by 10-fold cross-validation
 * on the training data itself. The test split is never read here.
 *
 * <p>Arguments: {@code [--data DIR] [--out FILE] [--extra FILE]...}
 */
public final class SubjectivityTrainer {

    /** The bundled encoder's name and fingerprint, stamped on the model; set when {@code main} loads it. */
    private static String encoderIdentity = "not trained by main";
    private static final double[] REGULARISATION = {0.1, 0.3, 1, 3, 10, 30};
    private static final int FOLDS = 10;
    private static final String DEFAULT_DATA = "../shared/benchmarks/checkthat-2025-en";
    private static final String DEFAULT_OUT =
            "src/main/resources/org/medialiteracy/kit/analysis/subjectivity/" + SubjectivityModel.RESOURCE;

    private SubjectivityTrainer() {
    }

    public static void main(String[] args) {
        Path data = Path.of(DEFAULT_DATA);
        Path out = Path.of(DEFAULT_OUT);
        List<Path> extras = new ArrayList<>();
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                case "--extra" -> extras.add(Path.of(args[i + 1]));
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        List<Example> training = new ArrayList<>(LabelledTsv.readCheckThat(data.resolve("train_en.tsv")));
        training.addAll(LabelledTsv.readCheckThat(data.resolve("dev_en.tsv")));
        extras.forEach(extra -> training.addAll(LabelledTsv.readExtra(extra)));
        // Sorted input makes the folds, and so the chosen threshold, independent of file order.
        training.sort(Comparator.comparing(Example::sentence).thenComparing(Example::subjective));
        List<Example> validation = LabelledTsv.readCheckThat(data.resolve("dev_test_en.tsv"));

        Encoded train;
        Encoded valid;
        try (SentenceEncoder encoder = SentenceEncoder.load()) {
            encoderIdentity = encoder.identity();
            train = Encoded.of(training, encoder);
            valid = Encoded.of(validation, encoder);
        }
        System.out.printf(Locale.ROOT, "training sentences %d (SUBJ %.0f%%), dev_test %d (SUBJ %.0f%%)%n",
                train.size(), 100 * train.subjShare(), valid.size(), 100 * valid.subjShare());

        Choice best = null;
        for (boolean hand : new boolean[] {false, true}) {
            for (double c : REGULARISATION) {
                Choice choice = evaluate(train, valid, hand, c);
                System.out.println(choice.row());
                if (best == null || choice.validationF1() > best.validationF1() + 1e-9) {
                    best = choice;
                }
            }
        }
        SubjectivityModel model = fit(train, best.handFeatures(), best.c(), best.threshold(), provenance(
                training.size(), extras, best));
        model.writeTo(out);
        System.out.println("chosen: " + best.row());
        System.out.println("wrote " + out);
    }

    private static Choice evaluate(Encoded train, Encoded valid, boolean hand, double c) {
        double[] outOfFold = new double[train.size()];
        for (int fold = 0; fold < FOLDS; fold++) {
            int heldOut = fold;
            SubjectivityModel model = fit(train.where(i -> i % FOLDS != heldOut), hand, c, 0.5, "fold");
            for (int i = heldOut; i < train.size(); i += FOLDS) {
                outOfFold[i] = model.probability(model.features(train.sentences[i], train.embeddings[i]));
            }
        }
        double threshold = BinaryScores.bestThreshold(outOfFold, train.subjective);
        SubjectivityModel model = fit(train, hand, c, threshold, "all");
        double[] validation = valid.score(model);
        return new Choice(hand, c, threshold, BinaryScores.of(outOfFold, train.subjective, threshold).macroF1(),
                BinaryScores.of(validation, valid.subjective, threshold).macroF1(),
                BinaryScores.of(validation, valid.subjective, 0.5).macroF1(),
                BinaryScores.bestThreshold(validation, valid.subjective));
    }

    static SubjectivityModel fit(Encoded train, boolean hand, double c, double threshold, String provenance) {
        double[][] features = new double[train.size()][];
        for (int i = 0; i < train.size(); i++) {
            features[i] = SubjectivityFeatures.of(train.sentences[i], train.embeddings[i], hand);
        }
        LogisticRegression.Fit fit = LogisticRegression.fit(features, train.subjective, c);
        return new SubjectivityModel(SubjectivityModel.FORMAT_VERSION, encoderIdentity, hand, c,
                threshold, fit.bias(), fit.weights(), provenance);
    }

    private static String provenance(int sentences, List<Path> extras, Choice chosen) {
        return String.format(Locale.ROOT, "L2-regularised logistic regression (liblinear L2R_LR) on %d sentences:"
                        + " CheckThat! 2025 English train_en.tsv + dev_en.tsv%s. C and hand features chosen by"
                        + " macro-F1 on dev_test_en.tsv (%.3f); threshold by %d-fold cross-validated macro-F1"
                        + " on the training sentences (%.3f).", sentences,
                extras.isEmpty() ? "" : " + " + extras.stream().map(p -> p.getFileName().toString()).toList(),
                chosen.validationF1(), FOLDS, chosen.crossValidatedF1());
    }

    /** Sentences with their embeddings and labels, in parallel arrays for the folds. */
    record Encoded(String[] sentences, float[][] embeddings, boolean[] subjective) {

        static Encoded of(List<Example> examples, SentenceEncoder encoder) {
            String[] sentences = examples.stream().map(Example::sentence).toArray(String[]::new);
            boolean[] subjective = new boolean[sentences.length];
            for (int i = 0; i < subjective.length; i++) {
                subjective[i] = examples.get(i).subjective();
            }
            return new Encoded(sentences, encoder.encode(List.of(sentences)), subjective);
        }

        int size() {
            return sentences.length;
        }

        double subjShare() {
            int count = 0;
            for (boolean s : subjective) {
                count += s ? 1 : 0;
            }
            return count / (double) size();
        }

        Encoded where(IntPredicate keep) {
            int[] kept = IntStream.range(0, size()).filter(keep).toArray();
            String[] s = new String[kept.length];
            float[][] e = new float[kept.length][];
            boolean[] y = new boolean[kept.length];
            for (int k = 0; k < kept.length; k++) {
                s[k] = sentences[kept[k]];
                e[k] = embeddings[kept[k]];
                y[k] = subjective[kept[k]];
            }
            return new Encoded(s, e, y);
        }

        double[] score(SubjectivityModel model) {
            double[] probabilities = new double[size()];
            for (int i = 0; i < size(); i++) {
                probabilities[i] = model.probability(model.features(sentences[i], embeddings[i]));
            }
            return probabilities;
        }
    }

    private record Choice(boolean handFeatures, double c, double threshold, double crossValidatedF1,
                          double validationF1, double validationF1AtHalf, double validationBestThreshold) {

        String row() {
            return String.format(Locale.ROOT,
                    "hand=%-5s C=%-5s threshold %.2f  CV macro-F1 %.3f  dev_test macro-F1 %.3f"
                            + " (at 0.50: %.3f; dev_test's own best threshold %.2f)",
                    handFeatures, c, threshold, crossValidatedF1, validationF1, validationF1AtHalf,
                    validationBestThreshold);
        }
    }
}
