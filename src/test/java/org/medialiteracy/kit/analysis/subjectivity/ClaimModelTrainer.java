package org.medialiteracy.kit.analysis.subjectivity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.medialiteracy.kit.analysis.Analyzer;
import org.medialiteracy.kit.analysis.Cue;
import org.medialiteracy.kit.analysis.Label;
import org.medialiteracy.kit.analysis.LabelledSentence;
import org.medialiteracy.kit.analysis.SubjectivityScorer;
import org.medialiteracy.kit.analysis.eval.ConfusionMatrix;
import org.medialiteracy.kit.analysis.eval.GoldDocument;
import org.medialiteracy.kit.analysis.eval.GoldFiles;
import org.medialiteracy.kit.analysis.eval.GoldSentence;

/**
 * Trains the claim model on the keyed development articles: for every sentence the labeller files as an
 * unattributed claim (OPINION, UNSUPPORTED_ASSERTION or plain REPORTED_FACT) whose key is one of those
 * three, the features of {@link ClaimModel#features} and the key. C is chosen by leaving one set of
 * articles out at a time (the seeds' dev gold and each second annotator's set); the held-out gold is never
 * read here.
 *
 * <p>Arguments: {@code [--gold DIR]... [--out FILE]}
 */
public final class ClaimModelTrainer {

    /** The bundled encoder's name and fingerprint, stamped on the model; set when {@code main} loads it. */
    private static String encoderIdentity = "not trained by main";
    private static final double[] REGULARISATION = {0.3, 1, 3, 10, 30};
    private static final double CUE_WEIGHT = 3;
    private static final List<String> DEFAULT_GOLD = List.of(
            "src/test/resources/analysis/dev-gold", "src/test/resources/analysis/independent-gold");
    private static final String DEFAULT_OUT =
            "src/main/resources/org/medialiteracy/kit/analysis/subjectivity/" + ClaimModel.RESOURCE;

    private ClaimModelTrainer() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> folders = new ArrayList<>();
        Path out = Path.of(DEFAULT_OUT);
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--gold" -> folders.add(Path.of(args[i + 1]));
                case "--out" -> out = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (folders.isEmpty()) {
            DEFAULT_GOLD.forEach(folder -> folders.add(Path.of(folder)));
        }
        List<Example> examples;
        try (SentenceEncoder encoder = SentenceEncoder.load()) {
            encoderIdentity = encoder.identity();
            examples = examples(folders, encoder);
        }
        List<String> groups = examples.stream().map(Example::group).distinct().sorted().toList();
        System.out.printf(Locale.ROOT, "%d unattributed claims from %d sets: %s%n", examples.size(), groups.size(), groups);

        double bestC = REGULARISATION[0];
        double bestF1 = -1;
        for (double c : REGULARISATION) {
            int[] predicted = new int[examples.size()];
            for (String heldOut : groups) {
                ClaimModel model = fit(examples.stream().filter(e -> !e.group().equals(heldOut)).toList(), c, "fold");
                for (int i = 0; i < examples.size(); i++) {
                    if (examples.get(i).group().equals(heldOut)) {
                        predicted[i] = ClaimModel.LABELS.indexOf(model.decide(examples.get(i).embedding(),
                                examples.get(i).proposed(), examples.get(i).cues()));
                    }
                }
            }
            double f1 = macroF1(examples, predicted);
            System.out.printf(Locale.ROOT, "C=%-4s leave-one-set-out macro-F1 %.3f%n", c, f1);
            if (f1 > bestF1 + 1e-9) {
                bestF1 = f1;
                bestC = c;
            }
        }
        int[] proposals = examples.stream().mapToInt(e -> ClaimModel.LABELS.indexOf(e.proposed())).toArray();
        System.out.printf(Locale.ROOT, "the rules' proposals on the same claims: macro-F1 %.3f (in-sample)%n",
                macroF1(examples, proposals));
        ClaimModel model = fit(examples, bestC, String.format(Locale.ROOT,
                "One-vs-rest L2-regularised logistic regression (liblinear L2R_LR) on %d unattributed claims of the"
                        + " keyed development articles %s; C by leave-one-set-out macro-F1 (%.3f); cue weight %s.",
                examples.size(), groups, bestF1, CUE_WEIGHT));
        model.writeTo(out);
        System.out.println("chosen C=" + bestC + ", wrote " + out);
    }

    private static List<Example> examples(List<Path> folders, SentenceEncoder encoder) throws IOException {
        Recorder recorder = new Recorder(new EmbeddingSubjectivityScorer(encoder, SubjectivityModel.fromClasspath(), null));
        Analyzer analyzer = new Analyzer(recorder);
        List<Example> examples = new ArrayList<>();
        for (Path folder : folders) {
            for (Path file : GoldFiles.articlesIn(folder)) {
                GoldDocument gold = GoldFiles.read(file);
                recorder.proposals.clear();
                List<LabelledSentence> predicted = analyzer.analyze(gold.text()).sentences();
                for (GoldSentence key : gold.sentences()) {
                    String sentence = key.alignedIn(predicted).map(LabelledSentence::text).orElse(null);
                    Proposal proposal = recorder.proposals.stream()
                            .filter(p -> p.sentence().equals(sentence)).findFirst().orElse(null);
                    if (proposal != null && ClaimModel.LABELS.contains(key.label())) {
                        float[] embedding = encoder.encode(List.of(proposal.sentence()))[0];
                        examples.add(new Example(group(folder, file), embedding, proposal.proposed(), proposal.cues(),
                                key.label()));
                    }
                }
            }
        }
        return examples;
    }

    /** The seeds' dev gold is one set; a second annotator's set is named by its file prefix ("1-", "3-"…). */
    private static String group(Path folder, Path file) {
        String name = file.getFileName().toString();
        int dash = name.indexOf('-');
        return folder.getFileName() + (dash > 0 && dash <= 2 ? "/" + name.substring(0, dash) : "");
    }

    static ClaimModel fit(List<Example> examples, double c, String provenance) {
        double[][] features = new double[examples.size()][];
        for (int i = 0; i < examples.size(); i++) {
            Example example = examples.get(i);
            features[i] = ClaimModel.features(example.embedding(), example.proposed(), example.cues(), CUE_WEIGHT);
        }
        double[] biases = new double[ClaimModel.LABELS.size()];
        double[][] weights = new double[ClaimModel.LABELS.size()][];
        for (int label = 0; label < ClaimModel.LABELS.size(); label++) {
            boolean[] positive = new boolean[examples.size()];
            for (int i = 0; i < examples.size(); i++) {
                positive[i] = examples.get(i).key() == ClaimModel.LABELS.get(label);
            }
            LogisticRegression.Fit fit = LogisticRegression.fit(features, positive, c);
            weights[label] = fit.weights();
            biases[label] = fit.bias();
        }
        return new ClaimModel(ClaimModel.FORMAT_VERSION, encoderIdentity, CUE_WEIGHT, c, biases, weights,
                provenance);
    }

    private static double macroF1(List<Example> examples, int[] predicted) {
        ConfusionMatrix matrix = new ConfusionMatrix(ClaimModel.LABELS.stream().map(Label::name).toList());
        for (int i = 0; i < examples.size(); i++) {
            matrix.add(examples.get(i).key().name(), ClaimModel.LABELS.get(predicted[i]).name());
        }
        return matrix.macroF1();
    }

    record Example(String group, float[] embedding, Label proposed, List<Cue> cues, Label key) {
    }

    private record Proposal(String sentence, Label proposed, List<Cue> cues) {
    }

    /** Passes subjectivity through and writes down each claim the labeller proposes, keeping its proposal. */
    private static final class Recorder implements SubjectivityScorer {

        private final SubjectivityScorer inner;
        private final List<Proposal> proposals = new ArrayList<>();

        Recorder(SubjectivityScorer inner) {
            this.inner = inner;
        }

        @Override
        public double[] subjectivity(List<String> sentences) {
            return inner.subjectivity(sentences);
        }

        @Override
        public Label judgeClaim(String sentence, Label proposed, List<Cue> cues) {
            proposals.add(new Proposal(sentence, proposed, List.copyOf(cues)));
            return proposed;
        }
    }
}
