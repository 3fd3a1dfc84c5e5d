package org.medialiteracy.kit.analysis.subjectivity;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A few surface cues of a writer's own voice, each scaled to about [0, 1]. */
final class HandFeatures {

    static final List<String> NAMES = List.of("first_person", "second_person", "hedge", "obligation",
            "question", "exclamation", "quote", "digit", "evaluative", "intensifier", "length");

    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    private static final Pattern QUOTE = Pattern.compile("[\"“”]");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "mine", "myself", "we", "us",
            "our", "ours", "ourselves", "i'm", "i've", "i'd", "we're", "we've", "let's");
    private static final Set<String> SECOND_PERSON = Set.of("you", "your", "yours", "yourself", "you're");
    private static final Set<String> HEDGES = Set.of("could", "might", "may", "perhaps", "maybe", "likely",
            "unlikely", "probably", "possibly", "seems", "seem", "seemed", "appears", "arguably", "would",
            "suggests", "apparently", "presumably");
    private static final Set<String> OBLIGATIONS = Set.of("should", "must", "ought", "need", "needs",
            "shouldn't", "mustn't");
    private static final Set<String> INTENSIFIERS = Set.of("very", "so", "really", "truly", "extremely",
            "utterly", "totally", "absolutely", "just", "even", "clearly", "obviously", "surely", "simply",
            "indeed", "incredibly", "hardly", "merely", "only");
    // Words that carry a judgment; the codebook's "evaluative or loaded words".
    private static final Set<String> EVALUATIVE = Set.of("good", "bad", "better", "worse", "best", "worst",
            "great", "terrible", "awful", "horrible", "wonderful", "excellent", "brilliant", "disaster",
            "disastrous", "reckless", "shameful", "ridiculous", "absurd", "outrageous", "stupid", "foolish",
            "dangerous", "perilous", "troubling", "disturbing", "alarming", "shocking", "sad", "tragic",
            "beautiful", "ugly", "evil", "wrong", "unfair", "important", "crucial", "essential", "remarkable",
            "amazing", "incredible", "pathetic", "hypocritical", "hypocrisy", "nonsense", "corrupt", "failed",
            "failure", "masterpiece", "insane", "crazy", "unfortunately", "sadly", "fortunately", "mere",
            "nice", "poor", "fine", "worthy", "disgraceful", "deplorable", "appalling", "lazy", "weak",
            "strong", "bold", "brave", "braver", "cowardly", "bizarre", "strange", "odd", "silly", "naive",
            "cynical", "misguided", "radical", "extreme", "toxic", "woke", "elite", "elites", "propaganda",
            "lies", "lie", "truth", "honest", "dishonest", "fake", "sorry", "grim", "bleak", "welcome",
            "impressive", "dismal", "irresponsible", "vital", "urgent", "desperate", "damning", "worrying");

    private HandFeatures() {
    }

    static double[] of(String sentence) {
        int[] counts = new int[NAMES.size()];
        int words = 0;
        Matcher matcher = WORD.matcher(sentence.replace('’', '\''));
        while (matcher.find()) {
            String word = matcher.group().toLowerCase(Locale.ROOT);
            words++;
            counts[0] += FIRST_PERSON.contains(word) ? 1 : 0;
            counts[1] += SECOND_PERSON.contains(word) ? 1 : 0;
            counts[2] += HEDGES.contains(word) ? 1 : 0;
            counts[3] += OBLIGATIONS.contains(word) ? 1 : 0;
            counts[8] += EVALUATIVE.contains(word) ? 1 : 0;
            counts[9] += INTENSIFIERS.contains(word) ? 1 : 0;
        }
        return new double[] {
                capped(counts[0], 3), capped(counts[1], 2), capped(counts[2], 2), capped(counts[3], 2),
                sentence.indexOf('?') >= 0 ? 1 : 0,
                sentence.indexOf('!') >= 0 ? 1 : 0,
                QUOTE.matcher(sentence).find() ? 1 : 0,
                DIGIT.matcher(sentence).find() ? 1 : 0,
                capped(counts[8], 3), capped(counts[9], 3),
                Math.min(Math.log1p(words) / Math.log(100), 1.0)};
    }

    private static double capped(int count, int cap) {
        return Math.min(count, cap) / (double) cap;
    }
}
