package org.medialiteracy.kit.scoring;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.medialiteracy.kit.analysis.Label;

/**
 * The two predictions of a comparison and each article's label mix.
 *
 * <p>The article that "relies more" on a label is the one where that label has the larger share
 * of the scored sentences (count / scored sentences of that article), so a long article does
 * not win by length alone. When both shares are equal, either answer is accepted.
 */
public record CompareOutcome(List<LabelMix> mixes, Prediction moreOpinion, Prediction moreAnonymous) {

    public CompareOutcome {
        mixes = List.copyOf(mixes);
    }

    /** One prediction: the article chosen (empty if none), the articles accepted, and whether it is right. */
    public record Prediction(Optional<Integer> answer, Set<Integer> accepted, boolean correct) {
        public Prediction {
            accepted = Set.copyOf(accepted);
        }
    }

    static CompareOutcome of(List<LabelMix> mixes, Answers.Predictions answers) {
        return new CompareOutcome(mixes,
                prediction(mixes, Label.OPINION, answers.moreOpinion()),
                prediction(mixes, Label.ANONYMOUS_SOURCE, answers.moreAnonymous()));
    }

    public int correctPredictions() {
        return (moreOpinion.correct() ? 1 : 0) + (moreAnonymous.correct() ? 1 : 0);
    }

    private static Prediction prediction(List<LabelMix> mixes, Label label, Optional<Integer> answer) {
        double highest = mixes.stream().mapToDouble(mix -> mix.share(label)).max().orElse(0);
        Set<Integer> accepted = IntStream.range(0, mixes.size())
                .filter(article -> mixes.get(article).share(label) == highest)
                .boxed()
                .collect(Collectors.toSet());
        return new Prediction(answer, accepted, answer.filter(accepted::contains).isPresent());
    }
}
