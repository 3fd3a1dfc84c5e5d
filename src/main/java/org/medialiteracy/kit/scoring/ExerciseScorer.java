package org.medialiteracy.kit.scoring;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.medialiteracy.kit.analysis.Cue;
import org.medialiteracy.kit.analysis.Label;
import org.medialiteracy.kit.lesson.Exercise;
import org.medialiteracy.kit.lesson.KeyedSentence;
import org.medialiteracy.kit.lesson.Lesson;

/**
 * Scores one attempt at one exercise against the lesson's key. Only the exercise's scored items
 * count ({@link Exercise#scoredItems}): contested sentences never, sentences keyed NOT_A_CLAIM
 * only where the exercise includes them, and for a fact-or-opinion sort only sentences keyed
 * REPORTED_FACT or OPINION. Answers about other sentences are ignored. Formulas are documented
 * on {@link LabelAgreement}, {@link PrecisionRecall}, {@link CompareOutcome} and {@link AttemptScore}.
 */
public final class ExerciseScorer {

    private ExerciseScorer() {
    }

    /**
     * @throws IllegalArgumentException if the kind of answers does not fit the exercise type
     */
    public static AttemptScore score(Lesson lesson, Exercise exercise, Answers answers) {
        return switch (exercise.type()) {
            case LABEL_SENTENCES, FACT_OR_OPINION -> labels(lesson, exercise, expect(Answers.Labels.class, answers, exercise));
            case MARK_ANONYMOUS_SOURCES -> spans(lesson, exercise, expect(Answers.Spans.class, answers, exercise));
            case FIND_UNSUPPORTED -> picks(lesson, exercise, expect(Answers.Picks.class, answers, exercise));
            case COMPARE_ARTICLES -> compare(lesson, exercise, expect(Answers.Predictions.class, answers, exercise));
        };
    }

    private static AttemptScore labels(Lesson lesson, Exercise exercise, Answers.Labels answers) {
        List<KeyedSentence> items = exercise.scoredItems(lesson, 0);
        LabelAgreement agreement = LabelAgreement.of(items, answers);
        return new AttemptScore(exercise.id(), exercise.type(), agreement.correct(), agreement.scoredItems(),
                Optional.of(agreement), Optional.empty(), Optional.empty(),
                ResultPatterns.forLabels(items, answers, agreement));
    }

    /**
     * Span matching: a marked span is correct when it overlaps some key span; a key span is
     * found when some marked span overlaps it. So one mark across two key spans is one correct
     * mark and finds both; two marks on one key span are two correct marks and find it once.
     */
    static PrecisionRecall matchSpans(List<Cue> keySpans, List<MarkedSpan> marked) {
        int markedCorrect = (int) marked.stream()
                .filter(mark -> keySpans.stream().anyMatch(key -> key.overlaps(mark.start(), mark.end())))
                .count();
        int found = (int) keySpans.stream()
                .filter(key -> marked.stream().anyMatch(mark -> key.overlaps(mark.start(), mark.end())))
                .count();
        return PrecisionRecall.of(marked.size(), markedCorrect, keySpans.size(), found);
    }

    private static AttemptScore spans(Lesson lesson, Exercise exercise, Answers.Spans answers) {
        List<Cue> keySpans = exercise.scoredItems(lesson, 0).stream()
                .flatMap(item -> item.anonymousSourceSpans().stream())
                .toList();
        PrecisionRecall score = matchSpans(keySpans, answers.marked());
        List<Cue> missed = keySpans.stream()
                .filter(key -> answers.marked().stream().noneMatch(mark -> key.overlaps(mark.start(), mark.end())))
                .toList();
        return new AttemptScore(exercise.id(), exercise.type(), pointsFromF1(score), keySpans.size(),
                Optional.empty(), Optional.of(score), Optional.empty(),
                ResultPatterns.forSpans(score, missed));
    }

    private static AttemptScore picks(Lesson lesson, Exercise exercise, Answers.Picks answers) {
        List<KeyedSentence> claims = exercise.scoredItems(lesson, 0);
        List<KeyedSentence> picked = claims.stream().filter(claim -> answers.sentences().contains(claim.index())).toList();
        Set<Integer> unsupported = claims.stream()
                .filter(claim -> claim.label() == Label.UNSUPPORTED_ASSERTION)
                .map(KeyedSentence::index)
                .collect(Collectors.toSet());
        int pickedCorrect = (int) picked.stream().filter(claim -> unsupported.contains(claim.index())).count();
        PrecisionRecall score = PrecisionRecall.of(picked.size(), pickedCorrect, unsupported.size(), pickedCorrect);
        List<KeyedSentence> wrongPicks = picked.stream().filter(claim -> !unsupported.contains(claim.index())).toList();
        return new AttemptScore(exercise.id(), exercise.type(), pointsFromF1(score), unsupported.size(),
                Optional.empty(), Optional.of(score), Optional.empty(),
                ResultPatterns.forPicks(score, wrongPicks));
    }

    private static AttemptScore compare(Lesson lesson, Exercise exercise, Answers.Predictions answers) {
        List<LabelMix> mixes = IntStream.range(0, exercise.selections().size())
                .mapToObj(article -> LabelMix.of(exercise.scoredItems(lesson, article)))
                .toList();
        CompareOutcome outcome = CompareOutcome.of(mixes, answers);
        return new AttemptScore(exercise.id(), exercise.type(), outcome.correctPredictions(), 2,
                Optional.empty(), Optional.empty(), Optional.of(outcome),
                ResultPatterns.forComparison(outcome));
    }

    /**
     * round(F1 × expected), halves up, computed exactly: with c = selectedCorrect, s = selected,
     * f = expectedFound, e = expected, F1 × e = 2·c·f·e / (c·e + f·s), so floating point cannot
     * push a half the wrong way. Nothing found or nothing expected earns 0.
     */
    static int pointsFromF1(PrecisionRecall score) {
        long c = score.selectedCorrect();
        long s = score.selected();
        long f = score.expectedFound();
        long e = score.expected();
        long denominator = c * e + f * s;
        if (e == 0 || denominator == 0) {
            return 0;
        }
        long numerator = 2 * c * f * e;
        return (int) ((2 * numerator + denominator) / (2 * denominator));
    }

    private static <A extends Answers> A expect(Class<A> kind, Answers answers, Exercise exercise) {
        if (!kind.isInstance(answers)) {
            throw new IllegalArgumentException("exercise " + exercise.id() + " (" + exercise.type()
                    + ") is answered with " + kind.getSimpleName() + ", not " + answers.getClass().getSimpleName());
        }
        return kind.cast(answers);
    }
}
