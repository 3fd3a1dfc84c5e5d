package org.medialiteracy.kit.scoring;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.medialiteracy.kit.analysis.Label;
import org.medialiteracy.kit.lesson.KeyedSentence;

/**
 * How one student's labels agree with the key over the scored items of a label exercise.
 *
 * <ul>
 *   <li><b>accuracy</b> = correct / scoredItems; an unanswered item counts as wrong. NaN when
 *       there are no scored items.</li>
 *   <li><b>kappa</b> (Cohen's) over the {@code n} answered items: p_o = agreeing items / n,
 *       p_e = Σ over labels L of (items keyed L / n) × (items answered L / n),
 *       κ = (p_o − p_e) / (1 − p_e). Unanswered items are left out, since kappa compares two
 *       labellings of the same items. NaN when nothing was answered ({@link #kappaText()} says
 *       "not enough answers"). When p_e = 1 the formula is 0/0; that happens only when the key
 *       and the answers use one and the same label throughout, which is perfect agreement, so
 *       κ = 1.</li>
 *   <li><b>recall</b> of label L = items keyed L answered L / items keyed L (unanswered count as
 *       missed); only labels with at least one keyed item appear.</li>
 *   <li><b>confusion</b>: key label × answered label, with unanswered items per key label.</li>
 * </ul>
 */
public record LabelAgreement(int scoredItems, int answered, int correct, double accuracy, double kappa,
                             Map<Label, Double> recallByLabel, ConfusionMatrix confusion) {

    public LabelAgreement {
        EnumMap<Label, Double> inLabelOrder = new EnumMap<>(Label.class);
        inLabelOrder.putAll(recallByLabel);
        recallByLabel = Collections.unmodifiableMap(inLabelOrder);
    }

    /** Scores the answers for the given scored items; answers to other sentences are ignored. */
    public static LabelAgreement of(List<KeyedSentence> items, Answers.Labels answers) {
        ConfusionMatrix confusion = ConfusionMatrix.empty();
        for (KeyedSentence item : items) {
            confusion = confusion.with(item.label(), answers.of(item.index()));
        }
        return of(confusion);
    }

    /** The figures of a confusion matrix: one student's, or a class's pooled answers. */
    public static LabelAgreement of(ConfusionMatrix confusion) {
        int scored = 0;
        Map<Label, Double> recall = new EnumMap<>(Label.class);
        for (Label label : Label.values()) {
            int keyed = confusion.keyed(label);
            scored += keyed;
            if (keyed > 0) {
                recall.put(label, (double) confusion.count(label, label) / keyed);
            }
        }
        int correct = confusion.correct();
        double accuracy = scored == 0 ? Double.NaN : (double) correct / scored;
        return new LabelAgreement(scored, confusion.answered(), correct, accuracy, kappa(confusion), recall,
                confusion);
    }

    static double kappa(ConfusionMatrix confusion) {
        int n = confusion.answered();
        if (n == 0) {
            return Double.NaN;
        }
        double observed = (double) confusion.correct() / n;
        double expected = 0;
        for (Label label : Label.values()) {
            int keyedAndAnswered = confusion.keyed(label) - confusion.unanswered(label);
            expected += ((double) keyedAndAnswered / n) * ((double) confusion.answeredAs(label) / n);
        }
        if (expected >= 1.0) {
            return 1.0;
        }
        return (observed - expected) / (1 - expected);
    }

    /** Kappa for the results page: two decimals, or "not enough answers" when undefined. */
    public String kappaText() {
        return Double.isNaN(kappa) ? "not enough answers" : String.format(Locale.ROOT, "%.2f", kappa);
    }
}
