package org.medialiteracy.kit.analysis;

import static org.medialiteracy.kit.analysis.SourceFinder.ASIDE_REACH;
import static org.medialiteracy.kit.analysis.SourceFinder.BOUNDARY;
import static org.medialiteracy.kit.analysis.SourceFinder.PLACE_NOUNS;
import static org.medialiteracy.kit.analysis.SourceFinder.RELATIVE;
import static org.medialiteracy.kit.analysis.SourceFinder.isVerb;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where the noun phrase of a speech verb's speaker starts and ends: over adverbs, auxiliaries, asides, time
 * phrases and relative clauses before the verb, and over the tagger's slips inside the phrase ("delegates/VERB
 * said", "officials involved in drafting the text"). {@link SourceFinder} decides which words credit someone.
 */
final class SubjectPhrase {

    /** Auxiliaries the tagger sometimes calls verbs: "Russia has repeatedly cited". */
    private static final Set<String> AUXILIARIES = Set.of(
            "has", "have", "had", "is", "are", "was", "were", "will", "would", "did", "does", "do");
    /** Prepositions that start the circumstances of speaking, not the speaker: "said a diplomat during a briefing". */
    private static final Set<String> CIRCUMSTANCE = Set.of(
            "during", "in", "on", "after", "before", "ahead", "while", "by", "when", "as", "last", "this", "late");
    /** "are less convinced", "remain far from convinced": degree words between a subject and its view. */
    private static final Set<String> DEGREE = Set.of("less", "more", "not", "still", "far", "so", "as", "yet", "long", "almost");
    /** Prepositions the tagger sometimes calls subordinating conjunctions ("diplomats in/SCONJ Vienna"). */
    private static final Set<String> PREPOSITIONS = Set.of("in", "at", "on", "with", "from", "of", "near", "for",
            "by", "across", "around", "inside", "outside", "throughout");
    /** "Officials like to say", "critics tend to argue": a habit of speaking is still their view. */
    private static final Set<String> INCLINATIONS = Set.of("like", "likes", "love", "loves", "tend", "tends", "prefer",
            "prefers", "want", "wants", "used");
    /** "many observers remain skeptical": a linking verb between a group and its view. */
    private static final Set<String> LINKING = Set.of("remain", "remains", "remained", "seem", "seems", "seemed",
            "appear", "appears", "appeared", "stay", "stays", "stayed");
    /** "have begun quietly asking": verbs that carry the speech verb after them. */
    private static final Set<String> CATENATIVES = Set.of("begun", "began", "begin", "begins", "started", "start",
            "starts", "continue", "continues", "continued", "kept", "keep", "keeps");
    /** Days, months and years: "on Saturday", "in March 2024" say when, not who. */
    private static final Pattern TIMES = Pattern.compile("(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february"
            + "|march|april|may|june|july|august|september|october|november|december|\\d{4}");
    /** "…, published in August,", "…, led by Dr. Castellanos,": where the subject comes from, set off by commas. */
    private static final Set<String> ORIGIN_PARTICIPLES = Set.of("published", "founded", "led", "commissioned",
            "prepared", "released", "issued", "filed", "written", "chaired", "owned", "funded", "backed", "established");
    /** Words that open a new clause inside the sentence: the speaker of its verb stands after them. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("after", "before", "since", "until", "because",
            "once", "unless", "although");
    private static final Set<String> SEEN = Set.of("seen", "obtained", "reviewed", "circulated");
    private static final Set<String> TIME_PREPOSITIONS = Set.of("on", "in", "since", "until");
    private static final Set<String> RESTRICTIVE = Set.of("who", "that", "which");
    private static final Set<String> FOCUS = Set.of("especially", "particularly", "notably", "mainly", "mostly",
            "chiefly", "including");

    private SubjectPhrase() {
    }

    /** The subject ends where adverbs, auxiliaries and commas before the verb begin: "Valtonen, too, insisted". */
    static int subjectEnd(TaggedSentence s, int verb) {
        int j = verb;
        while (j > 0) {
            String tag = s.tag(j - 1);
            String token = s.token(j - 1);
            if (tag.equals("ADV") || tag.equals("AUX") || tag.equals("PART") || token.equals(",")
                    || AUXILIARIES.contains(s.lower(j - 1)) || DEGREE.contains(s.lower(j - 1))
                    || CATENATIVES.contains(s.lower(j - 1)) && s.lower(verb).endsWith("ing")
                    || INCLINATIONS.contains(s.lower(j - 1)) && s.lower(j).equals("to")
                    || CATENATIVES.contains(s.lower(j - 1)) && s.lower(j).equals("to") && SpeechVerbs.isSaying(s, verb)
                    || LINKING.contains(s.lower(j - 1)) && SpeechVerbs.isViewAdjective(s.lower(verb))) {
                j--;
            } else if (j == verb && timePhraseStart(s, j) >= 0) {
                j = timePhraseStart(s, j); // "Laura Brennan, a Democrat…, on Saturday urged"
            } else if (j < verb && s.token(j).equals(",") && parentheticalStart(s, j) >= 0) {
                j = parentheticalStart(s, j); // "Rail operators, for their part, say"
            } else {
                break;
            }
        }
        return j;
    }

    /** The start of "on Saturday" or "in March" ending just before {@code end}, or -1: when, not who. */
    private static int timePhraseStart(TaggedSentence s, int end) {
        boolean when = end >= 2 && TIMES.matcher(s.lower(end - 1)).matches()
                && TIME_PREPOSITIONS.contains(s.lower(end - 2));
        return when ? end - 2 : -1;
    }

    /**
     * The comma opening an aside that starts with a preposition or a participle ("speaking on background") and
     * ends at {@code closingComma}; -1 if none.
     */
    private static int parentheticalStart(TaggedSentence s, int closingComma) {
        for (int k = closingComma - 1; k >= Math.max(1, closingComma - ASIDE_REACH); k--) {
            if (s.token(k).equals(",")) {
                boolean aside = s.tag(k + 1).equals("ADP") || SourceClassifier.SPEAKER_PARTICIPLES.contains(s.lower(k + 1))
                        || ORIGIN_PARTICIPLES.contains(s.lower(k + 1))
                        || FOCUS.contains(s.lower(k + 1)) // "Commercial fishermen, especially scallopers from…, say"
                        || PLACE_NOUNS.contains(s.lower(k - 1)) && s.isProperNoun(k + 1); // "in the capital, Port Verin,"
                return aside && k + 1 < closingComma ? k : -1;
            }
        }
        return -1;
    }

    /**
     * "One resident, who did not want to be named, said" or "Two diplomats from countries that signed the
     * deal said": the subject is the phrase before the relative clause.
     */
    static int beforeRelativeClause(TaggedSentence s, int end) {
        int limit = Math.max(0, end - 16);
        for (int comma = end - 1; comma > limit; comma--) {
            if (s.token(comma).equals(",") && comma + 1 < end
                    && RELATIVE.contains(s.lower(comma + 1)) && !s.isQuoted(comma)) {
                // "…, which the authors said could…": the speaker sits inside the clause; "who" is its own subject
                boolean speakerInside = !s.lower(comma + 1).equals("who") && isNounPhrase(s, comma + 2, end);
                return speakerInside ? end : comma;
            }
        }
        for (int relative = end - 2; relative > limit && !s.token(relative).equals(","); relative--) {
            boolean afterNoun = s.tag(relative - 1).equals("NOUN") || s.tag(relative - 1).equals("PROPN");
            // "Rubio told reporters that…": after a speech verb's object, "that" opens what was said
            boolean reported = relative >= 2 && SpeechVerbs.SPEECH_VERBS.contains(s.lower(relative - 2));
            if (RESTRICTIVE.contains(s.lower(relative)) && afterNoun && !reported && !s.isQuoted(relative)
                    && hasVerb(s, relative + 1, end)) {
                return relative;
            }
        }
        return end;
    }

    private static boolean isNounPhrase(TaggedSentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM").contains(s.tag(i))) {
                return false;
            }
        }
        return from < to;
    }

    private static boolean hasVerb(TaggedSentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            // "who was in the room": a form of "be" is the clause's verb too
            if (isVerb(s, i) && !(i == to - 1 && isPluralLike(s, i))) {
                return true;
            }
        }
        return false;
    }

    /** Walks left over the noun phrase that ends at {@code end} (exclusive). */
    static int leftStart(TaggedSentence s, int end) {
        if (end > 1 && s.tag(end - 1).equals("PRON") && SourceClassifier.isPersonalPronoun(s.lower(end - 1))
                && TIMES.matcher(s.lower(end - 2)).matches()) {
            return end - 1; // "said on Tuesday she had asked": the pronoun is the whole subject
        }
        int j = end;
        int limit = Math.max(0, end - 10);
        while (j > limit) {
            int k = j - 1;
            boolean listComma = s.token(k).equals(",") && isInListOfNames(s, k, end);
            // "a person with knowledge of that inquiry": after a preposition "that" points, it does not relate
            boolean relativeThat = s.lower(k).equals("that") && !s.tag(k).equals("DET")
                    && !(k > 0 && PREPOSITIONS.contains(s.lower(k - 1)));
            if (s.isQuoted(k) || BOUNDARY.contains(s.token(k)) || s.token(k).equals(",") && !listComma
                    || isVerb(s, k) && !isInsideNounPhrase(s, k, end) || RELATIVE.contains(s.lower(k)) || relativeThat
                    || s.lower(k).equals("what") // "held what former clients called “strategy dinners”"
                    || s.tag(k).equals("SCONJ") && !PREPOSITIONS.contains(s.lower(k))
                    || CLAUSE_OPENERS.contains(s.lower(k))) { // "began in March after the Hartford Ledger reported"
                break;
            }
            j--;
        }
        while ((j + 2 < end || j + 1 < end && s.isProperNoun(j + 1)) && s.tag(j).equals("CCONJ")) {
            j++; // "…, and its spokesperson says", "…, and Lechner said": the conjunction joins clauses
        }
        while (j + 2 < end && timePhraseStart(s, j + 2) == j) {
            j += 2; // "In March the European Commission proposed": when, not who
        }
        while (j < end && s.tag(j).equals("NUM") && j + 1 < end && TIMES.matcher(s.lower(j)).matches()) {
            j++; // "In March 2024 the European Commission"
        }
        return j;
    }

    /** "unions in France, Ireland and Poland warn": a comma between names, with "and" or "or" before the verb. */
    private static boolean isInListOfNames(TaggedSentence s, int comma, int end) {
        if (comma == 0 || comma + 1 >= end || !s.isProperNoun(comma - 1) || !s.isProperNoun(comma + 1)) {
            return false;
        }
        for (int j = comma + 2; j < end; j++) {
            if (s.lower(j).equals("and") || s.lower(j).equals("or")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word tagged as a verb that still belongs to the speaker's noun phrase: a plural the tagger misread
     * ("delegates said", "two congressional aides familiar with"), a participle that describes a speaker
     * ("officials involved in the case"; not "strokes occurred in…") or a gerund after a preposition
     * ("in drafting the text").
     */
    private static boolean isInsideNounPhrase(TaggedSentence s, int i, int end) {
        if (!s.tag(i).equals("VERB") || i == 0) {
            // "Officials/VERB familiar with the discussions say": no sentence opens on a plural verb
            return (i == end - 1 || i == 0) && isPluralLike(s, i);
        }
        String word = s.lower(i);
        String before = s.tag(i - 1);
        boolean afterModifier = before.equals("ADJ") || before.equals("NUM") || before.equals("DET");
        // "a draft communique seen by Newswire", "a 2023 study commissioned by the airport authority"
        boolean origin = (ORIGIN_PARTICIPLES.contains(word) || SEEN.contains(word)) && before.equals("NOUN");
        return isPluralLike(s, i) && (i == end - 1 || afterModifier) || origin
                || SourceClassifier.SPEAKER_PARTICIPLES.contains(word) && (before.equals("NOUN") || isPluralLike(s, i - 1))
                || word.endsWith("ing") && PREPOSITIONS.contains(s.lower(i - 1));
    }

    private static boolean isPluralLike(TaggedSentence s, int i) {
        return s.tag(i).equals("VERB") && SourceClassifier.endsLikePlural(s.lower(i)) && !AUXILIARIES.contains(s.lower(i));
    }

    /** "A Finnish minister, arms folded, was blunt: “…”": the whole clause before the colon names the speaker. */
    static int clauseStart(TaggedSentence s, int colon) {
        int j = colon;
        while (j > 0 && !s.isQuoted(j - 1) && !BOUNDARY.contains(s.token(j - 1))) {
            j--;
        }
        return j;
    }

    static int rightEnd(TaggedSentence s, int start) {
        int j = start;
        int limit = Math.min(s.size(), start + 10);
        while (j < limit) {
            String token = s.token(j);
            if (s.isQuoted(j) || BOUNDARY.contains(token) || token.equals(",") || token.equals(".")
                    || s.lower(j).equals("who") || s.lower(j).equals("that") || isVerb(s, j)
                    || CIRCUMSTANCE.contains(s.lower(j))) {
                break;
            }
            j++;
        }
        return j;
    }
}
