package org.medialiteracy.kit.analysis;

import java.util.Set;

/**
 * Which words credit what follows to someone: speech verbs ("said", "warned", "is already warning"), views
 * ("critics are unconvinced", "see the raids as a test") and figures put by someone ("puts the cost at…"),
 * but not the same words as nouns, in advice or guesses, in passives or as decisions to act.
 */
final class SpeechVerbs {

    static final Set<String> SPEECH_VERBS = Set.of(
            "say", "says", "said", "tell", "tells", "told", "add", "adds", "added", "ask", "asks", "asked",
            "insist", "insists", "insisted", "warn", "warns", "warned", "argue", "argues", "argued", "arguing",
            "claim", "claims", "claimed", "state", "stated", "explain", "explains", "explained",
            "note", "notes", "noted", "describe", "describes", "described", "characterized", "characterised",
            "floated", "proposed", "suggest", "suggests", "suggested", "believe", "believes", "believed",
            "feel", "feels", "felt", "fear", "fears", "feared", "think", "thinks", "shrugged",
            "write", "writes", "wrote", "announce", "announces", "announced", "confirm", "confirms", "confirmed",
            "deny", "denies", "denied", "report", "reported", "briefed", "highlighted", "framed",
            "acknowledge", "acknowledged", "admit", "admits", "admitted", "cautioned", "urged",
            "predict", "predicts", "predicted", "maintained", "contended", "asserted", "recalled", "reiterated",
            "stressed", "emphasized", "emphasised", "conceded", "complained", "tweeted", "replied", "responded",
            "declared", "vowed", "promised", "accused", "criticized", "criticised", "praised", "welcomed",
            "condemned", "revealed", "disclosed", "signalled", "signaled", "cite", "cites", "cited",
            "reckon", "reckons", "reckoned", "doubt", "doubts", "doubted", "caution", "cautions", "question",
            "questioned", "counter", "counters", "countered", "suspect", "suspects", "suspected", "called", "estimate",
            "estimates", "estimated", "voiced", "expect", "expects", "forecast", "forecasts",
            "projects", "projected", "testified", "agreed", "disagreed", "concluded", "interpreted",
            "blame", "blames", "blamed", "dispute", "disputes", "disputed", "agree", "agrees", "worry", "worries",
            "concede", "concedes", "specify", "specifies", "specified", "shout", "shouts", "shouted", "yell", "yells",
            "yelled", "whisper", "whispers", "whispered", "mutter", "mutters", "muttered",
            // in progress: "have been telling lawmakers", "the chorus is already warning", "asking whether"
            "telling", "saying", "warning", "insisting", "claiming", "asking",
            "hope", "hopes", "hoped", "fearing", "noting", "adding", "suggesting");
    private static final Set<String> NOUN_LIKE = Set.of(
            "say", "state", "report", "claim", "claims", "fear", "fears", "note", "notes", "add", "ask", "brief",
            "deny", "feel", "think", "write", "warn", "predict", "admit", "acknowledge", "announce", "confirm",
            "question", "counter", "suspect", "suspects", "blame", "blames", "blamed", "dispute", "disputes", "disputed",
            "worry", "worries", "projects", "estimate", "estimates", "doubt", "forecasts", "saying", "warning", "asking", "claiming", "hope", "hopes");
    private static final Set<String> DECLARED_STATES = Set.of("emergency", "disaster", "bankruptcy", "insolvency",
            "war", "curfew", "drought", "state");
    private static final Set<String> POINT_VERBS = Set.of("point", "points", "pointed");
    /** "One estimate puts the cost at £1.2m": a figure credited to whoever put it there. */
    private static final Set<String> PUT_AT_VERBS = Set.of("put", "puts", "putting", "place", "places", "placed");
    private static final Set<String> APPROXIMATELY = Set.of("about", "around", "roughly", "nearly", "almost", "some",
            "least", "up", "more", "over", "close", "between", "just");
    /** Adjectives that credit a view to their subject, like a speech verb: "critics are unconvinced". */
    private static final Set<String> VIEW_ADJECTIVES = Set.of("convinced", "unconvinced", "sceptical", "skeptical", "unanimous",
            "doubtful", "divided");
    private static final Set<String> DIVIDED_ON = Set.of("on", "over", "about");
    private static final Set<String> MODALS = Set.of("would", "will", "could", "should", "may", "might", "must",
            "can", "shall");
    /** Words between "should" and the verb in advice about speaking: "should not have to say". */
    private static final Set<String> ADVICE_FILLERS = Set.of("not", "have", "to", "never", "ever", "also", "be", "n't");
    private static final int ADVICE_REACH = 4;
    private static final Set<String> SHARES = Set.of("most", "much", "part", "half", "all", "some", "about", "nearly",
            "almost", "roughly", "only");
    private static final Set<String> WRITTEN_SPEECH = Set.of("that", "in", "on", "to", "of", "about", "recently",
            "last", "this", "back");
    private static final Set<String> QUESTION_WORDS = Set.of("whether", "if", "why", "how", "what", "when", "who");
    /** "He may even agree with it in private": the writer's guess at a view, not one anybody gave. */
    private static final Set<String> GUESSING_MODALS = Set.of("may", "might", "can", "could");
    /** The writer's advice, not a report: "the European Parliament must insist", "they should say so". */
    private static final Set<String> ADVISING_MODALS = Set.of("must", "should", "ought");
    private static final Set<String> PASSIVE_BE = Set.of("be", "being", "been", "is", "are", "was", "were");
    /** "Some analysts see the raids as a test": verbs that credit a view when "as" follows. */
    static final Set<String> SEE_AS = Set.of("see", "sees", "saw", "regard", "regards", "regarded", "view",
            "views", "viewed", "dismiss", "dismisses", "dismissed");
    private static final int SEE_AS_REACH = 10;
    private static final Set<String> DIFFERENTLY = Set.of("differently", "otherwise");

    /** Verbs of saying out loud, as against a state of mind ("start to expect", "have always felt that"). */
    private static final Set<String> SAYING = Set.of("say", "says", "tell", "tells", "warn", "warns", "argue", "argues",
            "ask", "asks", "claim", "claims", "insist", "insists", "complain", "complains", "question", "suggest",
            "suggests", "predict", "predicts", "call", "calls", "report", "accuse", "demand", "demands");

    private SpeechVerbs() {
    }

    /** "have begun to warn", "often report that": a verb of saying, not of thinking or feeling. */
    static boolean isSaying(TaggedSentence s, int i) {
        return SAYING.contains(s.lower(i));
    }

    /** A speech verb; words that are often nouns ("a say", "the report") count only when tagged as verbs. */
    static boolean isSpeechVerb(TaggedSentence s, int i) {
        String word = s.lower(i);
        if (VIEW_ADJECTIVES.contains(word)) {
            // "Some doctors are less convinced", "Legal experts are divided on whether…", not "a Europe too divided"
            return !word.equals("divided") || i + 1 < s.size() && DIVIDED_ON.contains(s.lower(i + 1));
        }
        if (word.startsWith("call") && i + 1 < s.size() && s.lower(i + 1).equals("out")) {
            return true; // "“Pray for us,” one of them calls out"
        }
        if (SEE_AS.contains(word)) {
            return !isPassive(s, i) && (asFollows(s, i) || i + 2 < s.size() && DIFFERENTLY.contains(s.lower(i + 2)));
        }
        if (word.startsWith("feel") || word.equals("felt")) {
            // "feels like the middle of a shift", "feel abandoned", "feel safe": a feeling, not a view anyone gave
            // the tagger calls some participles prepositions: "feel forgotten/ADP"
            if (i + 1 < s.size() && (s.lower(i + 1).equals("like") || s.tag(i + 1).matches("ADJ|VERB|ADV")
                    || s.lower(i + 1).matches("\\p{L}+(?:ed|en)"))) {
                return false;
            }
        }
        if (word.startsWith("fear") && i + 1 < s.size() && s.lower(i + 1).endsWith("ing")) {
            return false; // "because they fear triggering a run": a worry about an act, not a view given
        }
        if (!SPEECH_VERBS.contains(word) || s.tag(i).equals("PROPN") || isAgreementToAct(s, i) || isPassive(s, i)) {
            return false;
        }
        if (word.equals("accused") && i > 0 && i + 1 < s.size() && s.tag(i - 1).matches("NOUN|PROPN")
                && s.lower(i + 1).equals("of")) {
            return false; // "the trial of 23 men accused of running cocaine"
        }
        if (word.equals("report") && i > 0 && MODALS.contains(s.lower(i - 1))) {
            return false; // "monitors would report violations": a duty, not something reported
        }
        if (isGuess(s, i) || isAdvised(s, i) || isAccountingFor(s, i) || reportsAnAct(s, i) || declaresAState(s, i)
                || isWritingSomething(s, i) || isSimplified(s, i)) {
            return false;
        }
        if (word.equals("asking") && !(i + 1 < s.size() && QUESTION_WORDS.contains(s.lower(i + 1)))) {
            return false; // "asking whether…" puts a question; "asking governments to help pay" asks for an act
        }
        if (word.endsWith("ed") && i > 0 && s.tag(i - 1).matches("DET|ADJ") && i + 1 < s.size()
                && s.tag(i + 1).matches("NOUN|ADJ") && !SourceClassifier.ROLE.matcher(s.token(i - 1)).matches()) {
            return false; // "a disputed ridge", "the proposed plan": a participle describing a noun
        }
        // "Some teachers worry that…": a noun-like word between its subject and "that" is the verb
        // ("The agency notes that"; but "a Gulf state that has mediated…" is a noun after a singular modifier)
        boolean verbBeforeThat = i > 0 && i + 1 < s.size() && s.lower(i + 1).equals("that")
                && (s.tag(i - 1).equals("PROPN") || s.tag(i - 1).equals("NOUN")
                && (SourceClassifier.endsLikePlural(s.lower(i - 1)) || word.endsWith("s")));
        // "Local officials suspect arson": after a plural subject, before its object
        boolean afterPluralSubject = i > 0 && i + 1 < s.size() && s.tag(i - 1).equals("NOUN")
                && SourceClassifier.endsLikePlural(s.lower(i - 1))
                && (s.tag(i + 1).matches("NOUN|DET|PRON") || s.token(i + 1).equals(",")); // ", some analysts note,"
        return s.tag(i).equals("VERB") || verbBeforeThat || afterPluralSubject || !NOUN_LIKE.contains(word);
    }

    /** "They should say so", "ought to insist", "She should not have to say it twice": advice about speaking. */
    private static boolean isAdvised(TaggedSentence s, int verb) {
        int j = verb - 1;
        while (j >= 0 && verb - j <= ADVICE_REACH && ADVICE_FILLERS.contains(s.lower(j))) {
            j--;
        }
        return j >= 0 && ADVISING_MODALS.contains(s.lower(j));
    }

    /** "its organiser admitted channelling $25 million": owning up to an act, or reporting one, not a claim. */
    private static boolean reportsAnAct(TaggedSentence s, int verb) {
        String word = s.lower(verb);
        return (word.startsWith("admit") || word.startsWith("report")) && verb + 1 < s.size()
                && s.lower(verb + 1).endsWith("ing"); // "pharmacies have reported running out": an event, not a claim
    }

    /** "after the grid operator declared an energy emergency": declaring a state of affairs is an official act. */
    private static boolean declaresAState(TaggedSentence s, int verb) {
        if (!s.lower(verb).startsWith("declare")) {
            return false;
        }
        for (int j = verb + 1; j < Math.min(s.size(), verb + 4); j++) {
            if (DECLARED_STATES.contains(s.lower(j))) {
                return true;
            }
        }
        return false;
    }

    /** "Contractors write these clauses": writing a document is an act; "wrote that…", "writes in…" is speech. */
    private static boolean isWritingSomething(TaggedSentence s, int verb) {
        return s.lower(verb).matches("writes?|wrote|writing") && verb + 1 < s.size()
                && !WRITTEN_SPEECH.contains(s.lower(verb + 1)) && !s.tag(verb + 1).equals("PUNCT");
    }

    /** "Most of them simply hope…": the writer's flat characterisation of a group, not a view they gave. */
    private static boolean isSimplified(TaggedSentence s, int verb) {
        for (int j = Math.max(0, verb - 3); j < verb; j++) {
            if (s.lower(j).equals("simply")) {
                return true;
            }
        }
        return false;
    }

    /** A view credited like a speech verb: "critics are unconvinced", "observers remain skeptical". */
    static boolean isViewAdjective(String word) {
        return VIEW_ADJECTIVES.contains(word);
    }

    /** "Delays and shortages explain most of the decline": a cause accounting for a share, not a speaker. */
    private static boolean isAccountingFor(TaggedSentence s, int verb) {
        return s.lower(verb).startsWith("explain") && verb + 1 < s.size()
                && (SHARES.contains(s.lower(verb + 1)) || s.tag(verb + 1).equals("NUM"));
    }

    /** "may even agree", "can hope", "may have hoped": a modal of possibility just before the verb. */
    private static boolean isGuess(TaggedSentence s, int verb) {
        int j = verb - 1;
        while (j > 0 && verb - j <= 2 && (s.tag(j).equals("ADV") && !s.lower(j).equals("not") || s.lower(j).equals("have"))) {
            j--; // "may even agree", "may have hoped"
        }
        return j >= 0 && j < verb && GUESSING_MODALS.contains(s.lower(j));
    }

    /** "see the incidents as a campaign": "as" follows the object, within the same clause. */
    private static boolean asFollows(TaggedSentence s, int verb) {
        for (int j = verb + 1; j < Math.min(s.size(), verb + SEE_AS_REACH); j++) {
            if (s.lower(j).equals("as")) {
                return j > verb + 1;
            }
            if (SourceFinder.isVerb(s, j) || SourceFinder.BOUNDARY.contains(s.token(j)) || s.token(j).equals(",")) {
                return false;
            }
        }
        return false;
    }

    /** "The people are being asked to carry…": the subject of a passive is not the one speaking. */
    private static boolean isPassive(TaggedSentence s, int i) {
        return i > 0 && PASSIVE_BE.contains(s.lower(i - 1)) && !s.lower(i).endsWith("ing"); // not "have been telling"
    }

    /** "Eight countries agreed to pool ships" reports a decision, not what anyone said. */
    private static boolean isAgreementToAct(TaggedSentence s, int i) {
        if (!s.lower(i).startsWith("agree")) {
            return false;
        }
        if (i + 1 < s.size() && s.tag(i + 1).equals("DET") && !s.lower(i + 1).equals("that")) {
            return true; // "failed to agree a 16th package": a deal made, or not
        }
        for (int j = i + 1; j < Math.min(s.size(), i + SourceFinder.ASIDE_REACH); j++) {
            if (s.lower(j).equals("to") || s.lower(j).equals("on") && j == i + 1) {
                return true;
            }
            if (!s.tag(j).matches("ADP|PROPN|NUM|DET|NOUN|ADJ|PRON")) {
                return false;
            }
        }
        return false;
    }

    static boolean isPointVerb(TaggedSentence s, int i) {
        // "a diplomat put it less delicately", "as one aide put it," but not "put it on the agenda"
        boolean putIt = (s.lower(i).equals("put") || s.lower(i).equals("puts")) && i + 1 < s.size()
                && s.lower(i + 1).equals("it") && (i + 2 == s.size() || s.tag(i + 2).matches("ADV|ADJ|PUNCT")
                || s.lower(i + 2).equals("this") || s.lower(i + 2).equals("that")
                || s.lower(i + 2).equals("to") && i + 3 < s.size() && s.tag(i + 3).equals("PRON"));
        return putIt || isPutAtFigure(s, i) || POINT_VERBS.contains(s.lower(i)) && i + 1 < s.size()
                && (s.lower(i + 1).equals("to") || s.lower(i + 1).equals("out"));
    }

    /** "puts the cost to British producers at about £1.2m": "at" and a figure after the object. */
    private static boolean isPutAtFigure(TaggedSentence s, int verb) {
        if (!PUT_AT_VERBS.contains(s.lower(verb)) || !s.tag(verb).equals("VERB")) {
            return false;
        }
        for (int j = verb + 2; j + 1 < Math.min(s.size(), verb + SourceFinder.ASIDE_REACH); j++) {
            if (s.lower(j).equals("at")) {
                String next = s.token(j + 1);
                return s.tag(j + 1).equals("NUM") || APPROXIMATELY.contains(s.lower(j + 1))
                        || next.matches("[$£€¥]\\S*");
            }
            boolean commaBeforeAt = s.token(j).equals(",") && s.lower(j + 1).equals("at"); // "put the figure higher, at 70"
            if (SourceFinder.BOUNDARY.contains(s.token(j)) || s.token(j).equals(",") && !commaBeforeAt) {
                return false; // not a verb test: the tagger calls "the campus’s draw" a verb
            }
        }
        return false;
    }
}
