package org.medialiteracy.kit.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medialiteracy.kit.analysis.Cue;
import org.medialiteracy.kit.analysis.CueKind;
import org.medialiteracy.kit.analysis.Label;
import org.medialiteracy.kit.lesson.KeyedSentence;

/**
 * Plain-language sentences for the results page, in words a 14-year-old follows.
 *
 * <p>A mix-up is "often" when a student gave the same wrong label to at least
 * {@value #OFTEN_AT_LEAST} items keyed the same label, and to at least a third of the answered
 * items keyed that label. Such a sentence names a cue when at least {@value #OFTEN_AT_LEAST} of
 * the mixed-up items, and more than half of them, carry a cue of that kind (the most common
 * kind; ties go to the codebook's cue order).
 */
final class ResultPatterns {

    static final int OFTEN_AT_LEAST = 2;

    private ResultPatterns() {
    }

    static List<String> forLabels(List<KeyedSentence> items, Answers.Labels answers, LabelAgreement agreement) {
        List<String> patterns = new ArrayList<>();
        ConfusionMatrix confusion = agreement.confusion();
        record MixUp(Label key, Label answer, int count) {
        }
        List<MixUp> mixUps = new ArrayList<>();
        for (Label key : Label.values()) {
            int answered = confusion.keyed(key) - confusion.unanswered(key);
            for (Label answer : Label.values()) {
                int count = confusion.count(key, answer);
                if (answer != key && count >= OFTEN_AT_LEAST && 3 * count >= answered) {
                    mixUps.add(new MixUp(key, answer, count));
                }
            }
        }
        mixUps.sort(Comparator.comparingInt(MixUp::count).reversed());
        for (MixUp mixUp : mixUps) {
            List<KeyedSentence> mixedUp = items.stream()
                    .filter(item -> item.label() == mixUp.key() && answers.of(item.index()).orElse(null) == mixUp.answer())
                    .toList();
            String when = commonCue(mixedUp).map(kind -> " when the sentence " + cuePhrase(kind)).orElse("");
            patterns.add("You often called " + plural(mixUp.key()) + " \"" + mixUp.answer().displayName() + "\""
                    + when + ".");
        }
        int skipped = agreement.scoredItems() - agreement.answered();
        if (skipped > 0) {
            patterns.add("You left " + skipped + (skipped == 1 ? " sentence" : " sentences") + " without an answer.");
        }
        for (Map.Entry<Label, Double> recall : agreement.recallByLabel().entrySet()) {
            int keyed = confusion.keyed(recall.getKey());
            if (keyed >= OFTEN_AT_LEAST && recall.getValue() == 1.0) {
                patterns.add("You got " + (keyed == 2 ? "both " : "all " + keyed + " ") + plural(recall.getKey())
                        + " right.");
            }
        }
        return patterns;
    }

    static List<String> forSpans(PrecisionRecall score, List<Cue> missed) {
        List<String> patterns = new ArrayList<>();
        if (score.expected() > 0 && score.expectedFound() == score.expected()
                && score.selectedCorrect() == score.selected()) {
            patterns.add("You found every unnamed source, and only those.");
            return patterns;
        }
        if (!missed.isEmpty()) {
            patterns.add(missedSentence(missed.size(), score.expected(), "unnamed source", "unnamed sources"));
            long vague = missed.stream().filter(cue -> cue.kind() == CueKind.VAGUE_ATTRIBUTION).count();
            patterns.add(2 * vague > missed.size()
                    ? "Look out for vague words like \"some say\" or \"it is believed\": they hide who is talking."
                    : "Look out for people described only by their job, like \"a senior official\": we are not told who they are.");
        }
        int wrongMarks = score.selected() - score.selectedCorrect();
        if (wrongMarks > 0) {
            patterns.add(wrongMarks + " of your " + score.selected() + (score.selected() == 1 ? " mark" : " marks")
                    + " did not cover an unnamed source.");
        }
        return patterns;
    }

    static List<String> forPicks(PrecisionRecall score, List<KeyedSentence> wrongPicks) {
        List<String> patterns = new ArrayList<>();
        int missed = score.expected() - score.expectedFound();
        if (missed > 0) {
            patterns.add(missedSentence(missed, score.expected(), "unsupported assertion", "unsupported assertions"));
        }
        Map<Label, Integer> wrongByLabel = new EnumMap<>(Label.class);
        wrongPicks.forEach(pick -> wrongByLabel.merge(pick.label(), 1, Integer::sum));
        wrongByLabel.forEach((label, count) -> patterns.add("You picked " + count
                + (count == 1 ? " sentence that is really \"" : " sentences that are really \"")
                + label.displayName() + "\"" + (label == Label.OPINION
                        ? ": the writer's opinion is not pretending to be a fact."
                        : ".")));
        if (patterns.isEmpty() && score.expected() > 0) {
            patterns.add("You found every unsupported assertion, and only those.");
        }
        return patterns;
    }

    static List<String> forComparison(CompareOutcome outcome) {
        return List.of(
                comparison(outcome.mixes(), outcome.moreOpinion(), Label.OPINION, "opinion"),
                comparison(outcome.mixes(), outcome.moreAnonymous(), Label.ANONYMOUS_SOURCE, "anonymous sources"));
    }

    private static String comparison(List<LabelMix> mixes, CompareOutcome.Prediction prediction, Label label,
                                     String reliesOn) {
        String start = prediction.answer().isEmpty() ? "No guess. " : prediction.correct() ? "Right! " : "Not quite. ";
        String verdict = prediction.accepted().size() > 1
                ? "Both articles rely on " + reliesOn + " equally."
                : "Article " + (prediction.accepted().iterator().next() + 1) + " relies more on " + reliesOn + ".";
        String figures = label.displayName() + ": " + mixes.get(0).count(label) + " of " + mixes.get(0).total()
                + " sentences in Article 1, " + mixes.get(1).count(label) + " of " + mixes.get(1).total()
                + " in Article 2.";
        return start + verdict + " " + figures;
    }

    private static String missedSentence(int missed, int expected, String one, String many) {
        if (missed == expected) {
            return expected == 1 ? "You missed the " + one + "." : "You missed all " + expected + " " + many + ".";
        }
        return "You missed " + missed + " of the " + expected + " " + many + ".";
    }

    private static Optional<CueKind> commonCue(List<KeyedSentence> mixedUp) {
        Map<CueKind, Integer> itemsWithCue = new EnumMap<>(CueKind.class);
        for (KeyedSentence item : mixedUp) {
            item.cues().stream().map(Cue::kind).distinct().forEach(kind -> itemsWithCue.merge(kind, 1, Integer::sum));
        }
        return itemsWithCue.entrySet().stream()
                .filter(entry -> entry.getValue() >= OFTEN_AT_LEAST && 2 * entry.getValue() > mixedUp.size())
                .max(Comparator.<Map.Entry<CueKind, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey);
    }

    static String plural(Label label) {
        return switch (label) {
            case NOT_A_CLAIM -> "sentences that are not claims";
            case ANONYMOUS_SOURCE -> "sentences with unnamed sources";
            case REPORTED_FACT -> "reported facts";
            case OPINION -> "opinions";
            case UNSUPPORTED_ASSERTION -> "unsupported assertions";
        };
    }

    static String cuePhrase(CueKind kind) {
        return switch (kind) {
            case NAMED_SOURCE -> "named a person or a group";
            case ANONYMOUS_SOURCE -> "leaned on someone who is not named";
            case VAGUE_ATTRIBUTION -> "used words like \"some say\" or \"it is believed\"";
            case FIRST_PERSON -> "used \"I\" or \"we\"";
            case HEDGE -> "used words like \"could\" or \"might\"";
            case EVALUATIVE -> "used judging words like \"shameful\" or \"troubling\"";
            case OBLIGATION -> "said what \"should\" or \"must\" happen";
            case NUMBER_OR_DATE -> "had a number or a date in it";
            case QUOTE -> "had a quote in it";
            case QUESTION -> "was a question";
            case RESIDUE -> "was leftover text from the web page";
        };
    }
}
