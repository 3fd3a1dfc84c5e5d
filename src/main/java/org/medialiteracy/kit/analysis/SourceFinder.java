package org.medialiteracy.kit.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who a sentence credits its content to: the noun phrase next to a speech verb, after
 * "according to", or before a colon that opens a quotation. Words inside quotation marks are the
 * quoted speaker's, so they never count as the sentence's attribution.
 */
final class SourceFinder {

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
            "yelled", "telling", "saying", "warning", "insisting", "claiming", "asking", "whisper", "whispers", "whispered", "mutter", "mutters", "muttered");
    private static final Set<String> NOUN_LIKE = Set.of(
            "say", "state", "report", "claim", "claims", "fear", "fears", "note", "notes", "add", "ask", "brief",
            "deny", "feel", "think", "write", "warn", "predict", "admit", "acknowledge", "announce", "confirm",
            "question", "counter", "suspect", "suspects", "blame", "blames", "blamed", "dispute", "disputes", "disputed",
            "worry", "worries", "projects", "estimates", "forecasts", "saying", "warning", "asking", "claiming");
    private static final Set<String> POINT_VERBS = Set.of("point", "points", "pointed");
    /** "One estimate puts the cost at £1.2m": a figure credited to whoever put it there. */
    private static final Set<String> PUT_AT_VERBS = Set.of("put", "puts", "putting", "place", "places", "placed");
    private static final Set<String> APPROXIMATELY = Set.of("about", "around", "roughly", "nearly", "almost", "some",
            "least", "up", "more", "over", "close", "between", "just");
    /** "One industry estimate", "independent projections": a figure whose author is not given. */
    private static final Pattern UNOWNED_ESTIMATE = Pattern.compile("(?i)^(?:one|an|another|some|other|several|many"
            + "|independent|unofficial|private|industry)\\b[\\w’' -]*\\b(?:estimates?|projections?|calculations?"
            + "|forecasts?|tall(?:y|ies))$");
    private static final Pattern ROLE = Pattern.compile(
            "(?i)\\b(officials?|diplomats?|analysts?|operators?|sources?|aides?|experts?|critics?|observers?|insiders?"
                    + "|ministers?|envoys?|negotiators?|council+ors?|legislators?|spokes(?:man|men|woman|women|person|people)|lawmakers?"
                    + "|officers?|staffers?|advis[eo]rs?|strategists?|witnesses?|residents?|commanders?"
                    + "|employees?|executives?|someone|somebody|voices?|people familiar|person familiar"
                    + "|scientists?|researchers?|economists?|doctors?|lawyers?|attorneys?|academics?|historians?|activists?"
                    + "|campaigners?|protesters?|investigators?|engineers?|teachers?|workers?|users?"
                    + "|students?|colleagues?|traders?|farmers?|nurses?|drivers?|parents?(?! compan)|owners?|delegates?"
                    + "|(?<!-)members?|person|one of (?:them|us|those)|shareholders?|bankers?|lobbyists?|inspectors?"
                    // lower case only: "the Finnish Border Guard", "AFSCME Local 2290" are names
                    + "|(?-i:directors?|managers?|stewards?|specialists?|consultants?|planners?|organi[sz]ers?"
                    + "|soldiers?|pilots?|fisherm[ae]n|migrants?|refugees?|passengers?|fans?|volunteers?"
                    + "|villagers?|shopkeepers?|neighbou?rs?|mothers?|fathers?|man|woman|men|women))\\b");
    /** People who speak for a body on the record: its spokespeople and, in court, its lawyers. */
    private static final Pattern SPOKESPERSON = Pattern.compile("(?i)spokes(?:man|men|woman|women|person|people)|lawyers?|attorneys?");
    private static final Pattern BACK_REFERENCE = Pattern.compile("(?i)(?:the|its|their|his|her) (?:same )?spokes");
    /** "a city spokesperson", "a county spokeswoman": a spokesperson for the local government. */
    private static final Pattern PUBLIC_BODY = Pattern.compile("(?i)\\b(?:city|county|borough|state|town|city hall|federal)\\b");
    private static final Pattern VAGUE = Pattern.compile(
            "(?i)\\b(some|many|several|certain|others?|various|most|few)\\b|\\bwestern capitals\\b|\\bleadership\\b"
                    + "|^(reports?|critics|observers|advocates|sources|rumou?rs|analysts|experts|people|insiders"
                    + "|supporters|opponents|proponents|detractors|sceptics|skeptics|backers)\\b"
                    + "|\\b(delegates|allies|members|countries|nations|governments|capitals|leaders|people|reports"
                    + "|observers|critics|advocates|diplomats|officials|ministers|analysts|experts|sources"
                    + "|negotiators|voices|circles|quarters)\\b");
    /** "The industry will tell you", "the usual chorus is warning": a whole trade or camp as the speaker, in lower case. */
    private static final Pattern COLLECTIVE_HEAD = Pattern.compile("(?:^|\\s)(?:industry|lobby|chorus|trade)$");
    private static final String ORGANISATIONS = "ministry|government|department|agency|police|army|military"
            + "|court|council|committee|embassy|company|office|commission|parliament|secretariat|administration"
            + "|campaign|party|union|university|institute|directorate|service|firm|bank|club|board|authority|charity"
            + "|hospital|utility|airline|foundation|federation|association|trust|regulator|district|school|academy|insurer"
            + "|league|municipality|alliance|organi[sz]ation|institution|team|network|coalition";
    /** Organisations that speak as a body through an official channel: "the ministry said". */
    private static final Pattern ORGANISATION_BODY = Pattern.compile(
            "(?i)\\b(?:" + ORGANISATIONS + "|statement|spokes(?:man|woman|person)|prosecutors?|(?:the|its|the study['’]s) authors)$");
    /** "according to the company's own estimates": an organisation the article has named, speaking for itself. */
    private static final Pattern OWN_FIGURES = Pattern.compile("(?i)the (?:" + ORGANISATIONS + ")['’]s\\b");
    /** "according to accounts filed in March", "according to the study": a document the reader can look up. */
    private static final Pattern DOCUMENT = Pattern.compile("(?iU)(?:(?:the|a|an|its|their|official|new|annual|published)\\s+)*"
            + "(?:[\\w’'-]+\\s+){0,5}(?:copy|study|report|survey|poll|census|accounts|filings?|records|figures|data|statistics|minutes"
            + "|notice|statement|summary|note|calculator|memo(?:randum)?|letter|press release|guidance|forecast|index"
            + "|tracker|website|assessment|review|submission|circular"
            + "|court documents|documents|transcripts?|budget|audit|analysis|estimates|calendar|text|declaration|tally"
            + "|count|communiqu[eé]|annex|register|registry|ledger|logs|timetable|database|dataset|bulletin|ruling"
            + "|judg(?:e)?ment|resolution|treaty|decree|charter|timeline|update|results|paper|log|files?|dossier"
            + "|indictment|lawsuit|complaint|petition|contract|readout|announcement|release|manifesto|prospectus"
            + "|document|presentation|calculations?|projections?|spreadsheet|modell?ing|maps?|charts?|graphic)\\b(?!\\s+(?:say|said|suggest))");
    private static final Pattern ORGANISATION_END = Pattern.compile("(?i)\\b(?:" + ORGANISATIONS + ")$");
    /** The same organisations anywhere in a phrase: "a spokesperson for the ministry". */
    private static final Pattern ORGANISATION = Pattern.compile("(?i)\\b(?:" + ORGANISATIONS + ")\\b");
    /** Collectives and bare plural roles: vague rather than one unnamed person. */
    private static final Pattern QUANTIFIER = Pattern.compile(
            "(?i)^(?:(some|many|several|certain|others?|various|most|few)\\b"
                    + "|(critics|observers|advocates|analysts|experts|insiders|commentators)\\b"
                    + "|\\w+ (scientists|researchers|economists|experts|analysts|activists|campaigners|operators)\\b)");
    /** "EirGrid", "NATO": a name the tagger may not call one. */
    private static final Pattern BRAND = Pattern.compile("[A-Z][a-z]+[A-Z]\\w*|[A-Z]{2,}");
    private static final Set<String> THIRD_PERSON = Set.of("he", "she", "they", "it");
    /** Auxiliaries the tagger sometimes calls verbs: "Russia has repeatedly cited". */
    private static final Set<String> AUXILIARIES = Set.of(
            "has", "have", "had", "is", "are", "was", "were", "will", "would", "did", "does", "do");
    /** Prepositions that start the circumstances of speaking, not the speaker: "said a diplomat during a briefing". */
    private static final Set<String> CIRCUMSTANCE = Set.of(
            "during", "in", "on", "after", "before", "ahead", "while", "by", "when", "as", "last", "this", "late");
    private static final Set<String> RELATIVE = Set.of("who", "whose", "which", "whom");
    /** Adjectives that credit a view to their subject, like a speech verb: "critics are unconvinced". */
    private static final Set<String> VIEW_ADJECTIVES = Set.of("convinced", "unconvinced", "sceptical", "skeptical", "unanimous",
            "doubtful", "divided");
    private static final Set<String> DIVIDED_ON = Set.of("on", "over", "about");
    /** "are less convinced", "remain far from convinced": degree words between a subject and its view. */
    private static final Set<String> DEGREE = Set.of("less", "more", "not", "still", "far", "so", "as", "yet", "long", "almost");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "across", "around", "inside",
            "outside", "throughout", "from");
    private static final Set<String> SPEAKER_PARTICIPLES = Set.of("involved", "briefed", "posted", "based",
            "stationed", "interviewed", "contacted", "consulted", "engaged", "tasked", "assigned", "speaking",
            "working", "close", "familiar", "knowledgeable", "privy", "aligned", "linked", "allied");
    private static final Set<String> MODALS = Set.of("would", "will", "could", "should", "may", "might", "must",
            "can", "shall");
    /** Prepositions the tagger sometimes calls subordinating conjunctions ("diplomats in/SCONJ Vienna"). */
    private static final Set<String> PREPOSITIONS = Set.of("in", "at", "on", "with", "from", "of", "near", "for",
            "by", "across", "around", "inside", "outside", "throughout");
    /** "a 24-year-old who gave his name only as Ibrahim": a first name with a description identifies the speaker. */
    private static final Pattern GIVEN_NAME = Pattern.compile(
            "(?i)\\b(?:gave|giving|gives|identified|identifying) (?:(?:himself|herself|themselves) )?"
                    + "(?:(?:his|her|their) (?:first )?name )?(?:only )?(?:as|by) (?-i:[A-Z])[\\w’'-]+");
    /** Words between "should" and the verb in advice about speaking: "should not have to say". */
    private static final Set<String> ADVICE_FILLERS = Set.of("not", "have", "to", "never", "ever", "also", "be", "n't");
    private static final int ADVICE_REACH = 4;
    private static final Set<String> SHARES = Set.of("most", "much", "part", "half", "all", "some", "about", "nearly",
            "almost", "roughly", "only");
    private static final Set<String> QUESTION_WORDS = Set.of("whether", "if", "why", "how", "what", "when", "who");
    /** "have begun quietly asking": verbs that carry the speech verb after them. */
    private static final Set<String> CATENATIVES = Set.of("begun", "began", "begin", "begins", "started", "start",
            "starts", "continue", "continues", "continued", "kept", "keep", "keeps");
    /** "He may even agree with it in private": the writer's guess at a view, not one anybody gave. */
    private static final Set<String> GUESSING_MODALS = Set.of("may", "might");
    /** "believing anything the company says": the speech verb sits in a clause about the object, saying nothing. */
    private static final Set<String> OBJECT_OF_BELIEF = Set.of("anything", "everything", "nothing", "something",
            "whatever", "what");
    /** The writer's advice, not a report: "the European Parliament must insist", "they should say so". */
    private static final Set<String> ADVISING_MODALS = Set.of("must", "should", "ought");
    /** "whether voters blame the town hall": a question about a view, not a view anyone gave. */
    private static final Set<String> CONDITIONS = Set.of("whether", "if", "unless");
    private static final Set<String> SAID = Set.of("said", "says", "added", "adds");
    private static final Set<String> PASSIVE_BE = Set.of("be", "being", "been", "is", "are", "was", "were");
    private static final Set<String> RESTRICTIVE = Set.of("who", "that", "which");
    private static final Set<String> BOUNDARY = Set.of(";", ":", "—", "–", "(", ")", "“", "”", "\"");
    /** "Politicians rarely admit mistakes": a habit of a whole group, not something anyone said. */
    private static final Set<String> HABITUAL = Set.of("rarely", "seldom", "often", "usually", "always", "never",
            "routinely", "frequently");
    /** "Some analysts see the raids as a test": verbs that credit a view when "as" follows. */
    private static final Set<String> SEE_AS = Set.of("see", "sees", "saw", "regard", "regards", "regarded", "view",
            "views", "viewed", "dismiss", "dismisses", "dismissed");
    private static final int SEE_AS_REACH = 10;
    /** How far an aside may run: "A second official, from a Gulf state that has mediated previous exchanges, said". */
    private static final int ASIDE_REACH = 12;
    private static final Pattern TITLE = Pattern.compile("[A-Z][a-z]{1,4}\\.");
    private static final Set<String> DIFFERENTLY = Set.of("differently", "otherwise");
    /** "Nobody on Ward 14 can yet say": no one speaks. */
    private static final Pattern NOBODY = Pattern.compile("(?i)^(?:nobody|no one|no-one|none)\\b");
    /** "the former inspector said", "a ward sister explains": one person the writer does not name. */
    private static final Pattern ONE_PERSON = Pattern.compile("(?i)^(?:a|an|the|one)\\s");
    /** "the two governments said", "both ministries": bodies the article has just named, counted back. */
    private static final Pattern BOTH_BODIES = Pattern.compile("(?i)(?:the (?:two|three|four)|both)(?: countries['’])?"
            + "(?: \\w+)? (?:governments|ministries|capitals|countries|sides|parties|companies|agencies)");

    private SourceFinder() {
    }

    static List<SourceMention> find(TaggedSentence s) {
        List<SourceMention> found = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (s.isQuoted(i)) {
                continue;
            }
            String word = s.lower(i);
            if (word.equals("according") && i + 1 < s.size() && s.lower(i + 1).equals("to")) {
                addAccordingTo(s, i + 2, rightEnd(s, i + 2), found);
            } else if (isSpeechVerb(s, i) || isPointVerb(s, i)) {
                if (isInverted(s, i)) {
                    addPhrase(s, i + 1, rightEnd(s, i + 1), found);
                } else if (!isHabitual(s, i) && !addGivenName(s, i, found)) {
                    int end = isTrailingParticiple(s, i) || isCoordinated(s, i)
                            ? firstVerb(s) : beforeRelativeClause(s, subjectEnd(s, i));
                    int start = leftStart(s, end);
                    boolean condition = start > 0 && CONDITIONS.contains(s.lower(start - 1));
                    // "have stopped believing anything the company says": a belief's object, not a report
                    boolean objectOfBelief = endsTheSentence(s, i + 1) && start < end
                            && (OBJECT_OF_BELIEF.contains(s.lower(start))
                            || start > 0 && OBJECT_OF_BELIEF.contains(s.lower(start - 1)));
                    // "Beijing sees every rule as a plan to contain it" is the writer's reading of Beijing
                    boolean statedView = SEE_AS.contains(word) && start < end
                            && isNamedOrPronoun(classify(s, start, end));
                    if (!condition && !statedView && !objectOfBelief) {
                        addPhrase(s, start, end, found);
                    }
                }
            } else if (word.equals(":") && i + 1 < s.size() && s.isQuoted(i + 1)) {
                addPhrase(s, clauseStart(s, i), i, found);
            }
        }
        return found;
    }

    /** "a 24-year-old from Kano who gave his name only as Ibrahim said": the speaker is named after all. */
    private static boolean addGivenName(TaggedSentence s, int verb, List<SourceMention> found) {
        Matcher given = GIVEN_NAME.matcher(s.text().substring(0, s.tokenStart(verb) - s.start()));
        if (!given.find()) {
            return false;
        }
        found.add(new SourceMention(s.start() + given.start(), s.start() + given.end(), SourceKind.NAMED));
        return true;
    }

    private static boolean isNamedOrPronoun(SourceKind kind) {
        return kind == SourceKind.NAMED || kind == SourceKind.PRONOUN;
    }

    /** "It found no evidence of wrongdoing but said…": the speaker is the subject of the first verb. */
    private static boolean isCoordinated(TaggedSentence s, int verb) {
        String word = s.lower(verb);
        if (!SAID.contains(word) && !word.endsWith("ed")) {
            return false; // "…ought to stand up and say so" is advice, not a report
        }
        int j = verb - 1;
        while (j > 0 && s.tag(j).equals("ADV")) {
            j--;
        }
        return j > 1 && (s.lower(j).equals("but") || s.lower(j).equals("and")) && firstVerb(s) < j;
    }

    /** "Politicians rarely admit mistakes": a frequency adverb before the verb makes it a habit, not a report. */
    private static boolean isHabitual(TaggedSentence s, int verb) {
        return verb > 0 && HABITUAL.contains(s.lower(verb - 1));
    }

    /** "Some analysts go further, arguing that…": the speaker is the subject of the sentence's first verb. */
    private static boolean isTrailingParticiple(TaggedSentence s, int verb) {
        return verb > 1 && s.lower(verb).endsWith("ing") && s.token(verb - 1).equals(",") && firstVerb(s) < verb - 1;
    }

    private static int firstVerb(TaggedSentence s) {
        int i = 0;
        while (i < s.size() && !isVerb(s, i)) {
            i++;
        }
        return i;
    }

    /** A speech verb; words that are often nouns ("a say", "the report") count only when tagged as verbs. */
    private static boolean isSpeechVerb(TaggedSentence s, int i) {
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
        if (i > 0 && (ADVISING_MODALS.contains(s.lower(i - 1)) || s.lower(i - 1).equals("to") && i > 1
                && s.lower(i - 2).equals("ought"))) {
            return false;
        }
        if (isGuess(s, i) || isAdvisedToSay(s, i) || isAccountingFor(s, i)) {
            return false;
        }
        if (word.equals("asking") && !(i + 1 < s.size() && QUESTION_WORDS.contains(s.lower(i + 1)))) {
            return false; // "asking whether…" puts a question; "asking governments to help pay" asks for an act
        }
        if (word.endsWith("ed") && i > 0 && s.tag(i - 1).matches("DET|ADJ") && i + 1 < s.size()
                && s.tag(i + 1).matches("NOUN|ADJ") && !ROLE.matcher(s.token(i - 1)).matches()) {
            return false; // "a disputed ridge", "the proposed plan": a participle describing a noun
        }
        // "Some teachers worry that…": a noun-like word between its subject and "that" is the verb
        boolean verbBeforeThat = i > 0 && i + 1 < s.size() && s.lower(i + 1).equals("that")
                && s.tag(i - 1).matches("NOUN|PROPN");
        // "Local officials suspect arson": after a plural subject, before its object
        boolean afterPluralSubject = i > 0 && i + 1 < s.size() && s.tag(i - 1).equals("NOUN")
                && endsLikePlural(s.lower(i - 1)) && s.tag(i + 1).matches("NOUN|DET|PRON");
        return s.tag(i).equals("VERB") || verbBeforeThat || afterPluralSubject || !NOUN_LIKE.contains(word);
    }

    /** "She should not have to say it twice": advice about speaking, a few words after "should". */
    private static boolean isAdvisedToSay(TaggedSentence s, int verb) {
        int j = verb - 1;
        while (j >= 0 && verb - j <= ADVICE_REACH && ADVICE_FILLERS.contains(s.lower(j))) {
            j--;
        }
        return j >= 0 && j < verb - 1 && ADVISING_MODALS.contains(s.lower(j));
    }

    /** "Delays and shortages explain most of the decline": a cause accounting for a share, not a speaker. */
    private static boolean isAccountingFor(TaggedSentence s, int verb) {
        return s.lower(verb).startsWith("explain") && verb + 1 < s.size()
                && (SHARES.contains(s.lower(verb + 1)) || s.tag(verb + 1).equals("NUM"));
    }

    /** "may even agree", "might say": a modal of possibility, perhaps with an adverb, just before the verb. */
    private static boolean isGuess(TaggedSentence s, int verb) {
        int j = verb - 1;
        if (j > 0 && s.tag(j).equals("ADV") && !s.lower(j).equals("not")) {
            j--;
        }
        return j >= 0 && j < verb && GUESSING_MODALS.contains(s.lower(j));
    }

    /** "see the incidents as a campaign": "as" follows the object, within the same clause. */
    private static boolean asFollows(TaggedSentence s, int verb) {
        for (int j = verb + 1; j < Math.min(s.size(), verb + SEE_AS_REACH); j++) {
            if (s.lower(j).equals("as")) {
                return j > verb + 1;
            }
            if (isVerb(s, j) || BOUNDARY.contains(s.token(j)) || s.token(j).equals(",")) {
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
        for (int j = i + 1; j < Math.min(s.size(), i + ASIDE_REACH); j++) {
            if (s.lower(j).equals("to") || s.lower(j).equals("on") && j == i + 1) {
                return true;
            }
            if (!s.tag(j).matches("ADP|PROPN|NUM|DET|NOUN|ADJ|PRON")) {
                return false;
            }
        }
        return false;
    }

    private static boolean isPointVerb(TaggedSentence s, int i) {
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
        for (int j = verb + 2; j + 1 < Math.min(s.size(), verb + ASIDE_REACH); j++) {
            if (s.lower(j).equals("at")) {
                String next = s.token(j + 1);
                return s.tag(j + 1).equals("NUM") || APPROXIMATELY.contains(s.lower(j + 1))
                        || next.matches("[$£€¥]\\S*");
            }
            if (BOUNDARY.contains(s.token(j)) || s.token(j).equals(",")) {
                return false; // not a verb test: the tagger calls "the campus’s draw" a verb
            }
        }
        return false;
    }

    /** "…,” said a Dutch official": the speaker follows the verb when a quotation comes before it. */
    private static boolean isInverted(TaggedSentence s, int verb) {
        int j = verb - 1;
        while (j >= 0 && s.tag(j).equals("ADV")) {
            j--;
        }
        if (j < 0) {
            return false;
        }
        if (s.token(j).equals("”") || s.token(j).equals("\"")) {
            return true;
        }
        // "…early next year, said a person familiar with the planning"
        boolean speakerFollows = verb + 1 < s.size() && s.tag(verb + 1).matches("DET|NUM")
                && SAID.contains(s.lower(verb));
        if (s.token(j).equals(",") && speakerFollows && endsTheSentence(s, rightEnd(s, verb + 1))) {
            return true;
        }
        return s.token(j).equals(",") && j > 0 && (s.isQuoted(j - 1) || s.isQuoted(j));
    }

    private static boolean endsTheSentence(TaggedSentence s, int end) {
        return end >= s.size() || end == s.size() - 1 && s.tag(end).equals("PUNCT");
    }

    /** The subject ends where adverbs, auxiliaries and commas before the verb begin: "Valtonen, too, insisted". */
    private static int subjectEnd(TaggedSentence s, int verb) {
        int j = verb;
        while (j > 0) {
            String tag = s.tag(j - 1);
            String token = s.token(j - 1);
            if (tag.equals("ADV") || tag.equals("AUX") || tag.equals("PART") || token.equals(",")
                    || AUXILIARIES.contains(s.lower(j - 1)) || DEGREE.contains(s.lower(j - 1))
                    || CATENATIVES.contains(s.lower(j - 1)) && s.lower(verb).endsWith("ing")) {
                j--;
            } else if (j < verb && s.token(j).equals(",") && parentheticalStart(s, j) >= 0) {
                j = parentheticalStart(s, j); // "Rail operators, for their part, say"
            } else {
                break;
            }
        }
        return j;
    }

    /**
     * The comma opening an aside that starts with a preposition or a participle ("speaking on background") and
     * ends at {@code closingComma}; -1 if none.
     */
    private static int parentheticalStart(TaggedSentence s, int closingComma) {
        for (int k = closingComma - 1; k >= Math.max(1, closingComma - ASIDE_REACH); k--) {
            if (s.token(k).equals(",")) {
                boolean aside = s.tag(k + 1).equals("ADP") || SPEAKER_PARTICIPLES.contains(s.lower(k + 1));
                return aside && k + 1 < closingComma ? k : -1;
            }
        }
        return -1;
    }

    /**
     * "One resident, who did not want to be named, said" or "Two diplomats from countries that signed the
     * deal said": the subject is the phrase before the relative clause.
     */
    private static int beforeRelativeClause(TaggedSentence s, int end) {
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
            boolean reported = relative >= 2 && SPEECH_VERBS.contains(s.lower(relative - 2));
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
    private static int leftStart(TaggedSentence s, int end) {
        int j = end;
        int limit = Math.max(0, end - 10);
        while (j > limit) {
            int k = j - 1;
            boolean listComma = s.token(k).equals(",") && isInListOfNames(s, k, end);
            boolean relativeThat = s.lower(k).equals("that") && !s.tag(k).equals("DET");
            if (s.isQuoted(k) || BOUNDARY.contains(s.token(k)) || s.token(k).equals(",") && !listComma
                    || isVerb(s, k) && !isInsideNounPhrase(s, k, end) || RELATIVE.contains(s.lower(k)) || relativeThat
                    || s.tag(k).equals("SCONJ") && !PREPOSITIONS.contains(s.lower(k))) {
                break;
            }
            j--;
        }
        while (j + 2 < end && s.tag(j).equals("CCONJ")) {
            j++; // "…, and its spokesperson says": the conjunction joins clauses, it is not the speaker
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
            return i == end - 1 && isPluralLike(s, i);
        }
        String word = s.lower(i);
        String before = s.tag(i - 1);
        boolean afterModifier = before.equals("ADJ") || before.equals("NUM") || before.equals("DET");
        return isPluralLike(s, i) && (i == end - 1 || afterModifier)
                || SPEAKER_PARTICIPLES.contains(word) && (before.equals("NOUN") || isPluralLike(s, i - 1))
                || word.endsWith("ing") && PREPOSITIONS.contains(s.lower(i - 1));
    }

    private static boolean isPluralLike(TaggedSentence s, int i) {
        return s.tag(i).equals("VERB") && endsLikePlural(s.lower(i)) && !AUXILIARIES.contains(s.lower(i));
    }

    /** "delegates", "officials", not "witness" or "Spain’s". */
    private static boolean endsLikePlural(String word) {
        return word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("’s") && !word.endsWith("'s");
    }

    /** "A Finnish minister, arms folded, was blunt: “…”": the whole clause before the colon names the speaker. */
    private static int clauseStart(TaggedSentence s, int colon) {
        int j = colon;
        while (j > 0 && !s.isQuoted(j - 1) && !BOUNDARY.contains(s.token(j - 1))) {
            j--;
        }
        return j;
    }

    private static int rightEnd(TaggedSentence s, int start) {
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

    private static boolean isVerb(TaggedSentence s, int i) {
        return s.tag(i).equals("VERB") || s.tag(i).equals("AUX");
    }

    /** "Jens Stoltenberg, the NATO secretary general, …, explained": a name opening the sentence. */
    private static int initialName(TaggedSentence s) {
        int j = 0;
        while (j < s.size() && (s.isProperNoun(j) || j == 0 && (BRAND.matcher(s.token(j)).matches() || isTitle(s, j)))
                && !s.isQuoted(j)) {
            j++;
        }
        return j > 0 && j < s.size() && s.token(j).equals(",") ? j : 0;
    }

    /** "Councillor Hamid Qureshi, …": a capitalised title the tagger calls a common noun, before a name. */
    private static boolean isTitle(TaggedSentence s, int i) {
        return s.tag(i).equals("NOUN") && Character.isUpperCase(s.token(i).charAt(0)) && i + 2 < s.size()
                && s.isProperNoun(i + 1) && s.isProperNoun(i + 2);
    }

    /** "according to the report": a source the phrase does not identify is vague, not absent. */
    private static void addAccordingTo(TaggedSentence s, int from, int to, List<SourceMention> found) {
        if (from >= to) {
            return;
        }
        String phrase = s.text().substring(s.tokenStart(from) - s.start());
        Matcher document = DOCUMENT.matcher(phrase);
        if (document.lookingAt()) {
            // the span covers the document's name even where the tagger cut the phrase short ("its last public declaration")
            int end = Math.max(s.tokenEnd(to - 1), s.tokenStart(from) + document.end());
            found.add(new SourceMention(s.tokenStart(from), end, SourceKind.NAMED));
            return;
        }
        SourceKind kind = OWN_FIGURES.matcher(phrase).lookingAt() ? SourceKind.NAMED : classify(s, from, to);
        if (kind == null || kind == SourceKind.PRONOUN) {
            found.add(new SourceMention(s.tokenStart(from - 2), s.tokenEnd(to - 1), SourceKind.VAGUE));
        } else {
            found.add(new SourceMention(s.tokenStart(from), s.tokenEnd(to - 1), kind));
        }
    }

    private static void addPhrase(TaggedSentence s, int from, int to, List<SourceMention> found) {
        int name = initialName(s);
        if (name > 0 && (from == name + 1 || from == 0 && to > name + 1)) {
            // "Marek Zieliński, a Polish member of the European Parliament, said": the role describes the name;
            // "Hamish Ross, whose land took the debris, put it bluntly: “…”": the clause before the colon too
            found.add(new SourceMention(s.tokenStart(0), s.tokenEnd(name - 1), SourceKind.NAMED));
            return;
        }
        SourceKind kind = from < to ? classify(s, from, to) : null;
        int apposedName = apposedName(s, to);
        int nameBefore = nameBefore(s, from);
        if (kind != SourceKind.NAMED && nameBefore >= 0) {
            found.add(new SourceMention(s.tokenStart(nameBefore), s.tokenEnd(to - 1), SourceKind.NAMED));
        } else if (kind != SourceKind.NAMED && apposedName > to) {
            // "said the ship's master, Jari Halme, 58": the name after the role identifies the speaker
            found.add(new SourceMention(s.tokenStart(from), s.tokenEnd(apposedName - 1), SourceKind.NAMED));
        } else if (kind == null && isOnePersonAfterClause(s, from, to)) {
            found.add(new SourceMention(s.tokenStart(from), s.tokenEnd(to - 1), SourceKind.ANONYMOUS));
        } else if (kind != null) {
            found.add(new SourceMention(s.tokenStart(from), s.tokenEnd(to - 1), kind));
        } else if (name > 0) {
            found.add(new SourceMention(s.tokenStart(0), s.tokenEnd(name - 1), SourceKind.NAMED));
        }
    }

    /** "A spokeswoman for the firm": someone who speaks for an organisation rather than for themselves. */
    static boolean mentionsSpokesperson(String words) {
        return SPOKESPERSON.matcher(words).find();
    }

    private static boolean hasPrepositionBetween(TaggedSentence s, int fromOffset, int toToken) {
        for (int i = toToken - 1; i >= 0 && s.tokenStart(i) >= fromOffset; i--) {
            // "an aide to a member of the Senate", not "Minister for Economic Affairs" or "Secretary of the Interior"
            if (s.tag(i).equals("ADP") && (s.lower(i + 1).equals("a") || s.lower(i + 1).equals("an"))) {
                return true;
            }
        }
        return false;
    }

    /** The end of a name set off by a comma right after the phrase ("the master, Jari Halme,"), or -1. */
    private static int apposedName(TaggedSentence s, int to) {
        if (to + 1 >= s.size() || !s.token(to).equals(",") || s.isQuoted(to + 1)) {
            return -1;
        }
        int j = to + 1;
        while (j < s.size() && s.isProperNoun(j)) {
            j++;
        }
        return j - to >= 3 ? j : -1; // a first name and a surname, not a lone place ("…, Brussels")
    }

    /** The start of a name set off by a comma just before the phrase ("”, Lorna Pruitt, a retired teacher…"), or -1. */
    private static int nameBefore(TaggedSentence s, int from) {
        if (from < 3 || !s.token(from - 1).equals(",")) {
            return -1;
        }
        int j = from - 1;
        int names = 0;
        while (j > 0 && !s.isQuoted(j - 1) && (s.isProperNoun(j - 1) || s.token(j - 1).equals("-") && j > 1)) {
            names += s.isProperNoun(j - 1) ? 1 : 0; // "Amelia Cruz-Whitford"
            j--;
        }
        if (j > 1 && s.token(j - 1).equals(".") && TITLE.matcher(s.token(j - 2) + ".").matches()) {
            j -= 2; // "Sen. Margaret Ellery, a member of…", the tokenizer splitting "Sen" from its full stop
        } else if (j > 0 && TITLE.matcher(s.token(j - 1)).matches()) {
            j--;
        }
        boolean opens = j == 0 || s.token(j - 1).equals("”") || s.token(j - 1).equals(",");
        return names >= 2 && opens ? j : -1; // a first name and a surname
    }

    /**
     * "“You see what you see,” the former inspector said", "…, a ward sister explains": after a quotation or
     * a clause, "the" or "a" and a common noun before the closing speech verb is a person the writer does not name.
     */
    private static boolean isOnePersonAfterClause(TaggedSentence s, int from, int to) {
        boolean afterClause = from > 0 && (s.token(from - 1).equals(",") || s.token(from - 1).equals("”"));
        boolean lastWords = to < s.size() && endsTheSentence(s, to + 1); // "…, a ward sister explains."
        if (!afterClause || !lastWords || to - from > 4 || !ONE_PERSON.matcher(s.lower(from) + " ").lookingAt()) {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            if (!s.tag(i).matches("ADJ|NOUN|PART") || Character.isUpperCase(s.token(i).charAt(0))) {
                return false;
            }
        }
        return s.tag(to - 1).equals("NOUN");
    }

    /** "diplomats in Lomé", "hardliners in Seoul": a place after the speaker does not name the speaker. */
    private static boolean isPlace(TaggedSentence s, int from, int properNoun) {
        int j = properNoun;
        while (j > from && (s.isProperNoun(j - 1) || isListJoint(s, j - 1) && j - 2 > from && s.isProperNoun(j - 2)
                || s.lower(j - 1).equals("of") && j - 2 > from && s.isProperNoun(j - 2))) {
            j--; // "in Rome and Madrid", "in France, Ireland and Poland", "at the Department of Health"
        }
        while (j > from + 1 && s.tag(j - 1).equals("ADJ") && Character.isUpperCase(s.token(j - 1).charAt(0))) {
            j--; // "critics in the Philippine Senate"
        }
        if (j > from + 2 && s.tag(j - 1).matches("NOUN|ADJ") && Character.isLowerCase(s.token(j - 1).charAt(0))
                && s.tag(j - 2).equals("DET")) {
            j--; // "an official at the state Department of Health"
        }
        if (j > from + 1 && s.tag(j - 1).equals("DET")) {
            j--; // "an official at the Interior Ministry", "a trader at a London desk"
        }
        return j > from + 1 && PLACE_PREPOSITIONS.contains(s.lower(j - 1)) && !isNameAt(s, from);
    }

    /** A proper noun, but not a role that is capitalised only because it opens the sentence ("Neighbours in…"). */
    private static boolean isNameAt(TaggedSentence s, int i) {
        return s.isProperNoun(i) && !(i == 0 && ROLE.matcher(uncapitalised(s.token(i))).matches());
    }

    private static boolean isListJoint(TaggedSentence s, int i) {
        return s.lower(i).equals("and") || s.token(i).equals(",");
    }

    /** "Hardliners in Seoul say": a phrase opening with a plural common noun, no article or name. */
    private static boolean isPluralCommonNoun(TaggedSentence s, int i) {
        boolean common = s.tag(i).equals("NOUN") || s.tag(i).equals("PROPN") && !s.isProperNoun(i);
        return common && endsLikePlural(s.lower(i));
    }

    /** "Military planners fear", "Opposition parties accused": a plural group under a modifier, no article. */
    private static boolean isModifiedBarePlural(TaggedSentence s, int from, int to) {
        boolean modifiers = true;
        for (int i = from; i < to - 1; i++) {
            modifiers &= s.tag(i).equals("ADJ") || s.tag(i).matches("NOUN|PROPN") && !s.isProperNoun(i);
        }
        return modifiers && to - from >= 2 && to - from <= 3 && isPluralCommonNoun(s, to - 1);
    }

    /** "The same report said", "the notice says": a document speaks for whoever published it. */
    private static boolean isDocument(String phrase) {
        Matcher document = DOCUMENT.matcher(phrase);
        return document.matches() && !phrase.regionMatches(true, 0, "a ", 0, 2);
    }

    private static String uncapitalised(String phrase) {
        return phrase.isEmpty() ? phrase : Character.toLowerCase(phrase.charAt(0)) + phrase.substring(1);
    }

    static SourceKind classify(TaggedSentence s, int from, int to) {
        String phrase = s.text().substring(s.tokenStart(from) - s.start(), s.tokenEnd(to - 1) - s.start());
        if (to - from == 1 && s.tag(from).equals("PRON")) {
            // "he said" needs the article's context; "I think", "we believe" are the writer's own view
            return THIRD_PERSON.contains(s.lower(from)) ? SourceKind.PRONOUN : null;
        }
        if (NOBODY.matcher(phrase).lookingAt()) {
            return null;
        }
        if (BOTH_BODIES.matcher(phrase).matches()) {
            return SourceKind.NAMED;
        }
        int properNouns = 0;
        int lastProper = -1;
        for (int i = from; i < to; i++) {
            if (SPEAKER_PARTICIPLES.contains(s.lower(i)) && i > from) {
                break; // "two officials familiar with the talks between Bucharest and the Commission"
            }
            if (s.isProperNoun(i) && !isPlace(s, from, i)) {
                properNouns++;
                lastProper = i;
            }
        }
        // a role opening the sentence is capitalised only because it opens it: "Neighbours in Altnabreck say"
        boolean opensSentence = from == 0 && (to - from == 1 || !s.isProperNoun(from + 1));
        Matcher role = ROLE.matcher(opensSentence ? uncapitalised(phrase) : phrase);
        if (role.find()) {
            int roleEnd = s.tokenStart(from) + role.end();
            // "Foreign Minister Elina Valtonen", not "an aide to a member of the Senate"
            boolean nameAfterRole = lastProper >= 0 && s.tokenStart(lastProper) >= roleEnd
                    && !hasPrepositionBetween(s, roleEnd, lastProper);
            // "the spokesperson said" goes back to one introduced for a named body; "its spokesman" is the body's
            boolean namedSpokesperson = SPOKESPERSON.matcher(role.group()).matches()
                    && (properNouns > 0 || ORGANISATION.matcher(phrase).find() || BACK_REFERENCE.matcher(phrase).lookingAt()
                    || PUBLIC_BODY.matcher(phrase).find());
            // "Some lawmakers on the Senate Agriculture Committee": a group, whatever body it belongs to
            Matcher quantifier = QUANTIFIER.matcher(phrase);
            boolean someOfThem = quantifier.lookingAt() && quantifier.group(1) != null;
            if ((nameAfterRole || namedSpokesperson) && !someOfThem) {
                return SourceKind.NAMED;
            }
            return QUANTIFIER.matcher(phrase).find() ? SourceKind.VAGUE : SourceKind.ANONYMOUS;
        }
        if (ORGANISATION_END.matcher(phrase).find() && !QUANTIFIER.matcher(phrase).find()) {
            return SourceKind.NAMED; // "the United Nations human rights office said": a body, not "nations"
        }
        if (VAGUE.matcher(phrase).find() || UNOWNED_ESTIMATE.matcher(phrase).matches() || COLLECTIVE_HEAD.matcher(phrase).find()
                || properNouns == 0 && (isPluralCommonNoun(s, from) || isModifiedBarePlural(s, from, to))) {
            return SourceKind.VAGUE;
        }
        if (properNouns > 0 || ORGANISATION_BODY.matcher(phrase).find() || isDocument(phrase)) {
            return SourceKind.NAMED;
        }
        return null;
    }
}
