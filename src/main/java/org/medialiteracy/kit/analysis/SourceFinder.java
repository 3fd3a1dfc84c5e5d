package org.medialiteracy.kit.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medialiteracy.kit.article.SentenceKind;

/**
 * Finds who a sentence credits its content to: the noun phrase next to a speech verb, after
 * "according to", or before a colon that opens a quotation. Words inside quotation marks are the
 * quoted speaker's, so they never count as the sentence's attribution. Which words credit someone is
 * {@link SpeechVerbs}' call; what kind of source the phrase is, {@link SourceClassifier}'s.
 */
final class SourceFinder {

    /** "EirGrid", "NATO": a name the tagger may not call one. */
    private static final Pattern BRAND = Pattern.compile("[A-Z][a-z]+[A-Z]\\w*|[A-Z]{2,}");
    static final Set<String> RELATIVE = Set.of("who", "whose", "which", "whom");
    /** "a 24-year-old who gave his name only as Ibrahim": a first name with a description identifies the speaker. */
    private static final Pattern GIVEN_NAME = Pattern.compile(
            "(?i)\\b(?:gave|giving|gives|identified|identifying) (?:(?:himself|herself|themselves) )?"
                    + "(?:(?:his|her|their) (?:first )?name )?(?:only )?(?:as|by) (?-i:[A-Z])[\\w’'-]+");
    /** "believing anything the company says": the speech verb sits in a clause about the object, saying nothing. */
    private static final Set<String> OBJECT_OF_BELIEF = Set.of("anything", "everything", "nothing", "something",
            "whatever", "what");
    /** "whether voters blame the town hall", "than they admit": a view asked about or compared, not given. */
    private static final Set<String> CONDITIONS = Set.of("whether", "if", "unless", "than");
    /** "Their executives see a dock as…": the writer's reading of someone's people. */
    private static final Set<String> POSSESSIVES = Set.of("their", "its", "his", "her");
    private static final Set<String> SAID = Set.of("said", "says", "added", "adds");
    /** "It is time the people who were paid to watch explained why": a demand, not a report of them speaking. */
    private static final Pattern DEMAND = Pattern.compile("(?i)" + Lexicon.DEMAND + "\\b");
    /** "It is time" takes four words: a subject starting within them is the demand's, not a speaker. */
    private static final int DEMAND_WORDS = 4;
    static final Set<String> BOUNDARY = Set.of(";", ":", "—", "–", "(", ")", "“", "”", "\"");
    /** "Politicians rarely admit mistakes": a habit of a whole group, not something anyone said. */
    private static final Set<String> HABITUAL = Set.of("rarely", "seldom", "often", "usually", "always", "never",
            "routinely", "frequently");
    static final Set<String> PLACE_NOUNS = Set.of("capital", "city", "town", "village", "region", "province",
            "state", "country", "county", "port", "district");
    private static final Set<String> CLAUSE_JOINERS = Set.of("and", "but", "while", "whereas", "though", "although");
    /** How far an aside may run: "A second official, from a Gulf state that has mediated previous exchanges, said". */
    static final int ASIDE_REACH = 12;
    private static final Pattern TITLE = Pattern.compile("[A-Z][a-z]{1,4}\\.");
    /** "the former inspector said", "a ward sister explains": one person the writer does not name. */
    private static final Pattern ONE_PERSON = Pattern.compile("(?i)^(?:a|an|the|one)\\s");

    private SourceFinder() {
    }

    static List<SourceMention> find(TaggedSentence s) {
        List<SourceMention> found = new ArrayList<>();
        int reportedUntil = 0; // "Dr. Achterberg points out that retailers complained": the complaint is her report
        for (int i = 0; i < s.size(); i++) {
            if (s.isQuoted(i)) {
                continue;
            }
            String word = s.lower(i);
            if (word.equals("according") && i + 1 < s.size() && s.lower(i + 1).equals("to")) {
                addAccordingTo(s, i + 2, SubjectPhrase.rightEnd(s, i + 2), found);
            } else if (i >= reportedUntil && !isInsidePersonAside(s, i)
                    && (SpeechVerbs.isSpeechVerb(s, i) || SpeechVerbs.isPointVerb(s, i))) {
                if (isInverted(s, i)) {
                    addPhrase(s, i + 1, SubjectPhrase.rightEnd(s, i + 1), found);
                } else if (!isHabitual(s, i) && !addGivenName(s, i, found)) {
                    int end = isTrailingParticiple(s, i) || isCoordinated(s, i)
                            ? firstVerb(s) : SubjectPhrase.beforeRelativeClause(s, SubjectPhrase.subjectEnd(s, i));
                    int start = SubjectPhrase.leftStart(s, end);
                    // "…, than they admit", "whether voters blame…", "we cannot wait for a court to tell us"
                    boolean condition = start > 0 && CONDITIONS.contains(s.lower(start - 1))
                            || start < end && s.lower(start).equals("for")
                            || start <= DEMAND_WORDS && DEMAND.matcher(s.text()).lookingAt(); // "It is time the people…explained"
                    // "have stopped believing anything the company says": a belief's object, not a report
                    boolean objectOfBelief = endsTheSentence(s, i + 1) && start < end
                            && (OBJECT_OF_BELIEF.contains(s.lower(start))
                            || start > 0 && OBJECT_OF_BELIEF.contains(s.lower(start - 1)));
                    // "Beijing sees every rule as a plan to contain it" is the writer's reading of Beijing
                    boolean statedView = SpeechVerbs.SEE_AS.contains(word) && start < end
                            && (isNamedOrPronoun(SourceClassifier.classify(s, start, end))
                            || POSSESSIVES.contains(s.lower(start)) && !word.startsWith("dismiss")); // "Their executives see…"
                    if (!condition && !statedView && !objectOfBelief) {
                        addPhrase(s, start, end, found);
                        reportedUntil = reportedClauseEnd(s, i);
                    }
                }
            } else if (word.equals(":") && i + 1 < s.size() && s.isQuoted(i + 1)) {
                addPhrase(s, SubjectPhrase.clauseStart(s, i), i, found);
            }
        }
        return found;
    }

    /**
     * "State Sen. Robert Haines, who has promised a bill, should make sure…": what a person said, set off in a
     * "who" clause before the sentence's own verb, describes the person; the sentence says something else.
     */
    private static boolean isInsidePersonAside(TaggedSentence s, int verb) {
        int k = verb - 1;
        while (k > 0 && !s.token(k).equals(",") && !BOUNDARY.contains(s.token(k)) && !s.lower(k).equals("who")) {
            k--;
        }
        if (k < 1 || !s.lower(k).equals("who") || !s.token(k - 1).equals(",")) {
            return false;
        }
        for (int j = verb + 1; j + 1 < s.size(); j++) {
            if (BOUNDARY.contains(s.token(j))) {
                return false;
            }
            if (s.token(j).equals(",")) {
                return isVerb(s, j + 1) || s.tag(j + 1).equals("AUX"); // the clause closes before the main verb
            }
        }
        return false;
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
        if (!SAID.contains(word) && !word.endsWith("ed") && !word.equals("put")) {
            return false; // "…ought to stand up and say so" is advice, not a report
        }
        int j = verb - 1;
        while (j > 0 && s.tag(j).equals("ADV")) {
            j--;
        }
        return j > 1 && (s.lower(j).equals("but") || s.lower(j).equals("and")) && firstVerb(s) < j;
    }

    /**
     * Where "that" and what the speaker said after it end ("points out that retailers complained, and…"): at a
     * semicolon, or where ", and" or ", but" starts a new clause; the verb itself if no "that" follows it.
     */
    private static int reportedClauseEnd(TaggedSentence s, int verb) {
        int next = verb + 1;
        if (next < s.size() && s.lower(next).equals("out")) {
            next++;
        }
        if (next >= s.size() || !s.lower(next).equals("that")) {
            return verb;
        }
        for (int j = next; j < s.size(); j++) {
            boolean newClause = s.token(j).equals(",") && j + 1 < s.size() && CLAUSE_JOINERS.contains(s.lower(j + 1));
            if (s.token(j).equals(";") || newClause) {
                return j;
            }
        }
        return s.size();
    }

    /**
     * "Politicians rarely admit mistakes": a frequency adverb before the verb makes it a habit, not a report; but
     * "Districts that made the switch often report that it helps" still credits what follows "that".
     */
    private static boolean isHabitual(TaggedSentence s, int verb) {
        return verb > 0 && HABITUAL.contains(s.lower(verb - 1))
                && !(verb + 1 < s.size() && s.lower(verb + 1).equals("that") && SpeechVerbs.isSaying(s, verb));
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
        boolean speakerFollows = verb + 1 < s.size() && (s.tag(verb + 1).matches("DET|NUM|PROPN")
                || s.isCapitalised(verb + 1)) && SAID.contains(s.lower(verb));
        int speakerEnd = SubjectPhrase.rightEnd(s, verb + 1);
        // "…, said Local 1187 of the union, which represents 640 staff."
        boolean describedAfter = speakerEnd + 1 < s.size() && s.token(speakerEnd).equals(",")
                && RELATIVE.contains(s.lower(speakerEnd + 1));
        if (s.token(j).equals(",") && speakerFollows && (endsTheSentence(s, speakerEnd) || describedAfter)) {
            return true;
        }
        return s.token(j).equals(",") && j > 0 && (s.isQuoted(j - 1) || s.isQuoted(j));
    }

    private static boolean endsTheSentence(TaggedSentence s, int end) {
        return end >= s.size() || end == s.size() - 1 && s.tag(end).equals("PUNCT");
    }

    static boolean isVerb(TaggedSentence s, int i) {
        return s.tag(i).equals("VERB") || s.tag(i).equals("AUX");
    }

    /** "Jens Stoltenberg, the NATO secretary general, …, explained": a name opening the sentence. */
    private static int initialName(TaggedSentence s) {
        int first = nameStart(s);
        int j = first;
        while (j < s.size() && !s.isQuoted(j) && (s.isProperNoun(j) || isOfBetweenNames(s, j)
                || j > first && s.token(j).equals(".") && TITLE.matcher(s.token(j - 1) + ".").matches() // "State Sen. Hale"
                || j == first && (BRAND.matcher(s.token(j)).matches() || isTitle(s, j) || opensAName(s))
                || j > first && s.isCapitalised(j))) { // "Harbourline Consulting/VERB", "The European/ADJ Stroke Alliance"
            j++;
        }
        return j > first && j < s.size() && s.token(j).equals(",") ? j : 0;
    }

    /** "- AgeSure, one provider, reported…": a bullet's name starts after its mark. */
    private static int nameStart(TaggedSentence s) {
        return s.sentence().kind() == SentenceKind.BULLET && s.size() > 1 && s.tag(0).equals("PUNCT") ? 1 : 0;
    }

    /** "The European Stroke Alliance, a network of…, said": "The" before a capitalised name. */
    private static boolean opensAName(TaggedSentence s) {
        return s.token(0).equals("The") && s.size() > 2 && s.isCapitalised(1) && s.isCapitalised(2);
    }

    /** "Tom Whitcombe of River Lusk Action, …": a person's name and the body they belong to. */
    private static boolean isOfBetweenNames(TaggedSentence s, int i) {
        return i > 0 && i + 1 < s.size() && s.lower(i).equals("of") && s.isProperNoun(i - 1) && s.isProperNoun(i + 1);
    }

    /** "Councillor Hamid Qureshi, …": a capitalised title the tagger calls a common noun, before a name. */
    private static boolean isTitle(TaggedSentence s, int i) {
        return s.tag(i).equals("NOUN") && s.isCapitalised(i) && i + 2 < s.size()
                && s.isProperNoun(i + 1) && s.isProperNoun(i + 2);
    }

    /** "according to the report": a source the phrase does not identify is vague, not absent. */
    private static void addAccordingTo(TaggedSentence s, int from, int to, List<SourceMention> found) {
        if (from >= to) {
            return;
        }
        String phrase = s.text().substring(s.tokenStart(from) - s.start());
        Matcher document = SourceClassifier.DOCUMENT.matcher(phrase);
        if (document.lookingAt()) {
            // the span covers the document's name even where the tagger cut the phrase short ("its last public declaration")
            int end = Math.max(s.tokenEnd(to - 1), s.tokenStart(from) + document.end());
            found.add(new SourceMention(s.tokenStart(from), end, SourceKind.NAMED));
            return;
        }
        SourceKind kind = SourceClassifier.OWN_FIGURES.matcher(phrase).lookingAt() ? SourceKind.NAMED
                : SourceClassifier.classify(s, from, to);
        int apposedName = apposedName(s, to);
        if (kind != SourceKind.NAMED && apposedName > to) {
            // "according to its treasurer, Gordon Pike": the name after the role identifies the source
            found.add(new SourceMention(s.tokenStart(from), s.tokenEnd(apposedName - 1), SourceKind.NAMED));
        } else if (kind == null || kind == SourceKind.PRONOUN) {
            found.add(new SourceMention(s.tokenStart(from - 2), s.tokenEnd(to - 1), SourceKind.VAGUE));
        } else {
            found.add(new SourceMention(s.tokenStart(from), s.tokenEnd(to - 1), kind));
        }
    }

    private static void addPhrase(TaggedSentence s, int from, int to, List<SourceMention> found) {
        int name = initialName(s);
        // "Wyvern, which supplies water to 1.9 million people across…, said": the phrase sits inside its clause
        boolean insideRelative = name > 0 && name + 1 < s.size() && RELATIVE.contains(s.lower(name + 1)) && from > name;
        if (name > 0 && (from == name + 1 || from == 0 && to > name + 1 || insideRelative
                || insideApposition(s, name, from, to))) {
            // "Marek Zieliński, a Polish member of the European Parliament, said": the role describes the name;
            // "Hamish Ross, whose land took the debris, put it bluntly: “…”": the clause before the colon too
            found.add(new SourceMention(s.tokenStart(nameStart(s)), s.tokenEnd(name - 1), SourceKind.NAMED));
            return;
        }
        SourceKind kind = from < to ? SourceClassifier.classify(s, from, to) : null;
        int apposedName = apposedName(s, to);
        int nameBefore = nameBefore(s, from);
        if (kind != SourceKind.NAMED && nameBefore >= 0) {
            found.add(new SourceMention(s.tokenStart(nameBefore), s.tokenEnd(to - 1), SourceKind.NAMED));
        } else if (kind != SourceKind.NAMED && apposedName > to && !PLACE_NOUNS.contains(s.lower(to - 1))) {
            // "said the ship's master, Jari Halme, 58": the name after the role identifies the speaker,
            // but not after "a diplomat in the capital, Port Verin,"
            found.add(new SourceMention(s.tokenStart(from), s.tokenEnd(apposedName - 1), SourceKind.NAMED));
        } else if (kind == null && isOnePersonAfterClause(s, from, to)) {
            found.add(new SourceMention(s.tokenStart(from), s.tokenEnd(to - 1), SourceKind.ANONYMOUS));
        } else if (kind != null) {
            found.add(new SourceMention(s.tokenStart(from), s.tokenEnd(to - 1), kind));
        } else if (name > 0) {
            found.add(new SourceMention(s.tokenStart(nameStart(s)), s.tokenEnd(name - 1), SourceKind.NAMED));
        }
    }

    /**
     * "Jessica Moreno, a nurse at Pine Hollow Medical Center and a mother of two, said": a phrase cut out of the
     * description set off between the name's comma and the comma before the verb still describes the name.
     */
    private static boolean insideApposition(TaggedSentence s, int nameComma, int from, int to) {
        if (from <= nameComma + 1 || to >= s.size() || !s.token(to).equals(",")) {
            return false;
        }
        boolean relative = false; // "a Democrat whose district includes Millbrook,": a verb inside its own clause
        for (int i = nameComma + 1; i < to; i++) {
            relative |= RELATIVE.contains(s.lower(i));
            if (s.isQuoted(i) || BOUNDARY.contains(s.token(i)) || s.token(i).equals(",") || isVerb(s, i) && !relative) {
                return false;
            }
        }
        return true;
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
            if (!s.tag(i).matches("ADJ|NOUN|PART") || s.isCapitalised(i)) {
                return false;
            }
        }
        return s.tag(to - 1).equals("NOUN");
    }

}
