package org.medialiteracy.kit.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.medialiteracy.kit.article.Sentence;
import org.medialiteracy.kit.article.SentenceKind;

/**
 * Gives every sentence one codebook label, trying the labels in the codebook's order (first match
 * wins), with the cues that justify it and a one-sentence explanation.
 */
final class Labeller {

    /** Opinion weight at or above which the rules alone call a sentence the writer's opinion. */
    static final double OPINION_WEIGHT = 0.6;
    /** Scorer estimates that settle what the rules leave open (see {@link #isOpinion}). */
    private static final double SCORER_VETO = 0.2;
    private static final double SCORER_LEANS = 0.5;
    private static final double SCORER_SURE = 0.8;
    private static final double SCORER_GENERAL = 0.6;
    private static final int FEW_SPECIFICS = 2;
    /** Title, standfirst and byline come first: a line without end punctuation there is page furniture. */
    private static final int STANDFIRST_PARAGRAPH = 2;
    /** "Countries covered:" — a bullet's label is a few words before a colon. */
    private static final int LABEL_WORDS = 4;

    private static final Pattern NO_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]*");
    private static final Pattern SCENE_SETTERS = Pattern.compile("(?i)picture this|imagine(?: this)?");
    private static final Pattern NUMBERED_TITLE = Pattern.compile("\\d{1,2}[.)]\\s.*[^.!?:;,]");
    private static final Pattern CLAIM_AFTER_PAUSE = Pattern.compile("[:—–]\\s*\\S");
    private static final Pattern ASKED_ASIDE = Pattern.compile(",\\s[^,]{1,40}\\b(?:asked|asks|wondered|wonders|said|says),");
    /** "- Cons: lost tax revenue": participles that do not end in -ed. */
    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("lost", "built", "made", "paid", "held", "known",
            "given", "taken", "broken", "hidden", "shown", "spent", "sold", "cut", "set", "left", "kept", "frozen");
    /** "- One paved road out of town": a count the tagger calls a noun is no subject. */
    private static final Set<String> COUNTS = Set.of("one", "two", "three", "four", "five");
    /** "We should judge it by one test: who carries the risk?": a claim that ends by posing a question. */
    private static final Pattern CLAIM_THEN_QUESTION = Pattern.compile("^[^:?]*\\b(?:should|must|ought to)\\b[^:?]*:\\s*[^:]*\\?$");
    private static final Pattern NOUN_PLURAL = Pattern.compile("\\p{L}+(?:tions|sions|ments|nces|ities|sses|ships|nesses)");
    private static final Set<String> ELLIPTICAL_CONDITION = Set.of("if", "when", "where", "as", "to", "unless");

    private final SubjectivityScorer scorer;

    /** @param scorer a learned subjectivity estimate, or null to use the rules alone */
    Labeller(SubjectivityScorer scorer) {
        this.scorer = scorer;
    }

    List<LabelledSentence> label(List<Sentence> sentences, boolean inContext) {
        List<TaggedSentence> tagged = sentences.stream().map(TaggedSentence::of).toList();
        List<SentenceCues> cues = tagged.stream().map(s -> new SentenceCues(s, CueRules.ALL)).toList();
        Speaker[] speakers = inContext ? SpeakerResolver.inContext(tagged, cues) : SpeakerResolver.alone(tagged, cues);
        List<LabelledSentence> labelled = new ArrayList<>(sentences.size());
        for (int i = 0; i < tagged.size(); i++) {
            labelled.add(decide(tagged.get(i), cues.get(i), speakers[i], new Estimate(tagged.get(i).text()), inContext));
        }
        return labelled;
    }

    /** The model's estimate for one sentence, asked only when a decision needs it: the model is the slow part. */
    private final class Estimate {

        private final String text;
        private double value = Double.NaN;

        Estimate(String text) {
            this.text = text;
        }

        boolean available() {
            return scorer != null;
        }

        double value() {
            if (Double.isNaN(value)) {
                double[] estimates = scorer.subjectivity(List.of(text));
                if (estimates.length != 1) {
                    throw new IllegalStateException("the subjectivity scorer returned " + estimates.length
                            + " estimates for one sentence");
                }
                value = estimates[0];
            }
            return value;
        }
    }

    private LabelledSentence decide(TaggedSentence s, SentenceCues cues, Speaker speaker, Estimate estimate,
                                    boolean inContext) {
        Sentence sentence = s.sentence();
        // 1. Not a claim.
        if (NO_LETTERS.matcher(s.text()).matches()) {
            return result(s, Label.NOT_A_CLAIM, List.of(), Explanations.noWords());
        }
        List<Cue> residue = cues.residue();
        if (!residue.isEmpty()) {
            boolean generator = cues.has("RESIDUE_GENERATOR");
            return result(s, Label.NOT_A_CLAIM, residue, Explanations.residue(cues.words(residue.getFirst()), generator));
        }
        if (sentence.kind() == SentenceKind.TABLE_ROW) {
            return result(s, Label.NOT_A_CLAIM, List.of(), Explanations.tableRow());
        }
        boolean numberedTitle = sentence.kind() == SentenceKind.BULLET && NUMBERED_TITLE.matcher(s.text()).matches()
                && looksLikeHeading(s, false); // "2. Export Quotas: When Countries Keep Their Grain at Home"
        if (sentence.kind() == SentenceKind.HEADING && looksLikeHeading(s, inContext) || numberedTitle) {
            return result(s, Label.NOT_A_CLAIM, List.of(), Explanations.heading());
        }
        if (sentence.kind() == SentenceKind.BULLET && !hasFiniteVerb(s) && !isFullSentence(s)) {
            return result(s, Label.NOT_A_CLAIM, List.of(), Explanations.labelBullet());
        }
        boolean callsToAct = isCallToAction(s, cues);
        // "If you are a parent, write to your MP and ask one question: why…?" asks the reader to act
        if (callsToAct && opensWithCall(s, cues)) {
            return callToAction(s, cues);
        }
        // the writer's own question credits no one, whoever it mentions or follows ("Who, exactly, do our leaders think…?")
        Speaker asker = isWritersQuestion(s, cues) ? null : speaker;
        if (asker == null && cues.has("QUESTION_MARK") && cues.has("RHETORICAL_QUESTION")) {
            List<Cue> rhetorical = cues.ofRule("RHETORICAL_QUESTION");
            return result(s, Label.OPINION, rhetorical, Explanations.rhetoricalQuestion(cues.words(rhetorical.getFirst())));
        }
        if (asker == null && cues.has("QUESTION_MARK") && !isClaimThenQuestion(s, cues)) {
            List<Cue> question = cues.ofRule("QUESTION_MARK");
            return result(s, Label.NOT_A_CLAIM, question, Explanations.question(firstWords(s)));
        }
        if (callsToAct) {
            return callToAction(s, cues);
        }
        // 2. and 3. Credited to someone.
        List<Cue> claimCues = claimCues(cues, speaker);
        if (speaker != null) {
            return speaker.named()
                    ? result(s, Label.REPORTED_FACT, claimCues, Explanations.attributed(speaker))
                    : result(s, Label.ANONYMOUS_SOURCE, claimCues, Explanations.anonymous(speaker));
        }
        // 4. The writer's opinion, unless it only says how some group feels.
        String groupFeeling = AssertionSignals.groupFeeling(s);
        if (groupFeeling != null) {
            return result(s, Label.UNSUPPORTED_ASSERTION, claimCues, Explanations.groupFeeling(groupFeeling));
        }
        List<Cue> numbers = cues.ofKind(CueKind.NUMBER_OR_DATE);
        int specifics = AssertionSignals.specifics(s, numbers);
        OpinionWeight opinion = OpinionWeight.of(cues, specifics);
        boolean byScorer = opinion.weight() < OPINION_WEIGHT && estimate.available();
        boolean isOpinion = isOpinion(opinion.weight(), estimate);
        // 5. and 6. Unsupported assertion or plain reported fact.
        List<String> general = AssertionSignals.find(s);
        boolean unsupported = specifics == 0 || (!general.isEmpty() && specifics < 3);
        if (!isOpinion && estimate.available()) {
            double subjectivity = estimate.value();
            // The scorer settles the close calls: few specifics but judgment-like wording, or the reverse.
            unsupported = unsupported
                    ? !(general.isEmpty() && specifics > 0 && subjectivity <= SCORER_VETO)
                    : specifics <= FEW_SPECIFICS && subjectivity >= SCORER_GENERAL;
        }
        Label proposed = isOpinion ? Label.OPINION : unsupported ? Label.UNSUPPORTED_ASSERTION : Label.REPORTED_FACT;
        // A model trained on keyed articles takes a second look at the line between these three; it learned
        // from sentences read in their article, so a line given alone keeps the rules' proposal.
        Label label = inContext && estimate.available() ? scorer.judgeClaim(s.text(), proposed, claimCues) : proposed;
        return switch (label) {
            case OPINION -> result(s, Label.OPINION, claimCues, Explanations.opinion(
                    opinion.cues().stream().map(cues::words).toList(), byScorer || proposed != Label.OPINION));
            case UNSUPPORTED_ASSERTION -> result(s, label, claimCues, Explanations.unsupported(general));
            default -> {
                List<String> details = new ArrayList<>(numbers.stream().map(cues::words).toList());
                details.addAll(properNouns(s));
                yield result(s, Label.REPORTED_FACT, claimCues, Explanations.plainFact(details));
            }
        };
    }

    /**
     * The rules' opinion cues decide alone: the model may not overrule a judging word, since a number
     * beside it ("$15 an hour is essential") makes an opinion look factual to it. Below the rules'
     * threshold the scorer decides, and with no opinion cue at all it must be very sure.
     */
    private boolean isOpinion(double weight, Estimate estimate) {
        if (!estimate.available() || weight >= OPINION_WEIGHT) {
            return weight >= OPINION_WEIGHT;
        }
        double subjectivity = estimate.value();
        // With a weak cue the model needs a lean; with no cue at all it must be sure.
        return weight > 0 ? subjectivity >= SCORER_LEANS : subjectivity >= SCORER_SURE;
    }

    /** A question outside quotation marks, not put to someone named mid-sentence ("Why, the minister asked, …?"). */
    private static boolean isWritersQuestion(TaggedSentence s, SentenceCues cues) {
        return cues.has("QUESTION_MARK") && !s.sentence().isQuoted(s.start() + s.text().lastIndexOf('?'))
                && !ASKED_ASIDE.matcher(s.text()).find();
    }

    /** "We should judge any such scheme by one test: who carries the risk?" states a view, then asks. */
    private static boolean isClaimThenQuestion(TaggedSentence s, SentenceCues cues) {
        return cues.has("QUESTION_MARK") && !cues.has("RHETORICAL_QUESTION")
                && CLAIM_THEN_QUESTION.matcher(s.text()).matches();
    }

    /** Cues shown for a claim; a pronoun resolved to an unnamed speaker is shown as anonymous. */
    private static List<Cue> claimCues(SentenceCues cues, Speaker speaker) {
        List<Cue> all = new ArrayList<>();
        List<Cue> pronouns = cues.ofRule("PRONOUN_SPEECH");
        boolean rulesMust = OpinionWeight.statesARule(cues.text());
        for (Cue cue : cues.all()) {
            if (cue.kind() == CueKind.RESIDUE || rulesMust && cue.kind() == CueKind.OBLIGATION) {
                continue;
            }
            boolean unnamedPronoun = speaker != null && !speaker.named() && pronouns.contains(cue);
            all.add(unnamedPronoun ? new Cue(cue.start(), cue.end(), CueKind.ANONYMOUS_SOURCE) : cue);
        }
        return all;
    }

    /** A call to the reader, unless a claim follows a pause ("Consider this: the plan failed."). */
    private static boolean isCallToAction(TaggedSentence s, SentenceCues cues) {
        return cues.has("CALL_TO_ACTION") && (!CLAIM_AFTER_PAUSE.matcher(s.text()).find() || setsUpAScene(s, cues)
                || s.text().stripTrailing().endsWith("?"));
    }

    private static boolean opensWithCall(TaggedSentence s, SentenceCues cues) {
        return cues.ofRule("CALL_TO_ACTION").getFirst().start() == s.start();
    }

    private static LabelledSentence callToAction(TaggedSentence s, SentenceCues cues) {
        List<Cue> call = cues.ofRule("CALL_TO_ACTION");
        return result(s, Label.NOT_A_CLAIM, call, Explanations.callToAction(cues.words(call.getFirst())));
    }

    /** "Picture this: you need to get from Paris to Lyon…" invites the reader to imagine; it claims nothing. */
    private static boolean setsUpAScene(TaggedSentence s, SentenceCues cues) {
        Cue call = cues.ofRule("CALL_TO_ACTION").getFirst();
        String after = s.text().substring(call.end() - s.start()).stripLeading();
        return after.startsWith(":") && SCENE_SETTERS.matcher(cues.words(call)).matches();
    }

    /** In an article a line without end punctuation is a heading; a line given alone must also look like one. */
    private static boolean looksLikeHeading(TaggedSentence s, boolean inContext) {
        String[] words = s.text().split("\\s+");
        int capitalised = 0;
        for (String word : words) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                capitalised++;
            }
        }
        boolean titleCase = capitalised * 2 >= words.length;
        // the standfirst under a headline runs long, but is still no sentence
        boolean top = s.sentence().paragraph() <= STANDFIRST_PARAGRAPH;
        return inContext ? words.length <= 20 || titleCase || top : titleCase && words.length <= 15;
    }

    private static boolean hasFiniteVerb(TaggedSentence s) {
        for (int i = afterLabel(s); i < s.size(); i++) {
            String tag = s.tag(i);
            boolean afterCondition = i > 0 && ELLIPTICAL_CONDITION.contains(s.lower(i - 1));
            if (tag.equals("AUX") && !afterCondition) {
                return true;
            }
            // "- Revised rules" is a label, "- Indonesia banned exports" is not
            boolean participle = s.lower(i).endsWith("ed") || IRREGULAR_PARTICIPLES.contains(s.lower(i));
            boolean subjectBefore = i > 0 && s.tag(i - 1).matches("PROPN|NOUN|PRON") && !COUNTS.contains(s.lower(i - 1))
                    && (i < 2 || !s.lower(i - 2).equals("to"));
            boolean participleBeforeNoun = participle && i + 1 < s.size() && s.tag(i + 1).matches("NOUN|ADJ") && !subjectBefore;
            // "- Fund: Ashcombe Scholars Fund, launched 2018": a participle set off by a comma describes the label
            boolean participleAside = participle && i > 0 && s.token(i - 1).equals(",");
            // "- Ofwat's separate inquiry": a possessive the tagger calls a verb
            boolean possessive = s.lower(i).matches("\\p{L}{2,}['’]s");
            if (tag.equals("VERB") && !s.lower(i).endsWith("ing") && !afterCondition && !participleBeforeNoun
                    && !participleAside && !possessive && !isNounTaggedAsVerb(s, i)) {
                return true;
            }
        }
        return false;
    }

    /** "- Shorter exams in most subjects", "- A new national reading check": a noun the tagger took for a verb. */
    private static boolean isNounTaggedAsVerb(TaggedSentence s, int i) {
        String word = s.lower(i);
        int first = 0;
        while (first < s.size() && s.tag(first).equals("PUNCT")) {
            first++;
        }
        // the tagger calls a capitalised opening adjective a name: "Shorter/PROPN exams/VERB"
        boolean adjective = i > 0 && (s.tag(i - 1).equals("ADJ") || i - 1 == first && s.lower(i - 1).endsWith("er"));
        boolean pluralAfterAdjective = adjective && SourceClassifier.endsLikePlural(word);
        boolean baseForm = !word.endsWith("s") && !word.endsWith("ed");
        boolean afterIndefiniteNoun = i > 0 && baseForm && s.tag(i - 1).equals("NOUN")
                && first < i && (s.lower(first).equals("a") || s.lower(first).equals("an"));
        // "- Crop and livestock losses", "- More jobs at nearby warehouses": a plural noun ending the bullet
        boolean nounEndingLast = i == s.size() - 1 && (NOUN_PLURAL.matcher(word).matches()
                || i > 0 && s.tag(i - 1).matches("ADJ|ADV") && SourceClassifier.endsLikePlural(word));
        return pluralAfterAdjective || afterIndefiniteNoun || nounEndingLast || isCompoundHead(s, i, first);
    }

    /** "- Deposit protection scheme": a capitalised first word before nothing but common nouns names a thing. */
    private static boolean isCompoundHead(TaggedSentence s, int i, int first) {
        if (i != first || i + 1 >= s.size() || s.size() - i > 4 || !s.isCapitalised(i)) {
            return false;
        }
        for (int j = i + 1; j < s.size(); j++) {
            if (!s.tag(j).equals("NOUN") || s.isCapitalised(j)) {
                return false;
            }
        }
        return true;
    }

    /** "- Countries covered: Malaysia, Thailand": the words before a label's colon are not a clause. */
    private static int afterLabel(TaggedSentence s) {
        for (int i = 1; i < Math.min(s.size(), LABEL_WORDS + 2); i++) {
            if (s.token(i).equals(":")) {
                return i + 1;
            }
        }
        return 0;
    }

    /** A long bullet that ends like a sentence states something even when the tagger misses its verb. */
    private static boolean isFullSentence(TaggedSentence s) {
        return s.size() >= 10 && s.text().stripTrailing().endsWith(".");
    }

    private static List<String> properNouns(TaggedSentence s) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (s.isProperNoun(i) && !s.isQuoted(i)) {
                int j = i;
                while (j + 1 < s.size() && s.isProperNoun(j + 1)) {
                    j++;
                }
                names.add(s.text().substring(s.tokenStart(i) - s.start(), s.tokenEnd(j) - s.start()));
                i = j;
            }
        }
        return names;
    }

    private static String firstWords(TaggedSentence s) {
        String[] words = s.text().split("\\s+");
        return words.length <= 6 ? s.text() : String.join(" ", List.of(words).subList(0, 5)) + " …?";
    }

    private static LabelledSentence result(TaggedSentence s, Label label, List<Cue> cues, String explanation) {
        Sentence sentence = s.sentence();
        return new LabelledSentence(sentence.start(), sentence.end(), sentence.text(), label, cues, explanation);
    }
}
