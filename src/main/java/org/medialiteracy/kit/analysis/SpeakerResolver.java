package org.medialiteracy.kit.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medialiteracy.kit.article.Sentence;
import org.medialiteracy.kit.article.SentenceKind;

/**
 * Decides, sentence by sentence, whom the content is credited to: the sentence's own source, a
 * pronoun resolved to the last source the article gave, or the speaker of the quotation it belongs
 * to, carried over to every sentence of the quotation and to a quotation that continues the account.
 */
final class SpeakerResolver {

    /** A line such as "– Ukrainian leadership statement" that credits the line above it. */
    private static final Set<String> BACK_REFERENCE = Set.of(
            "they", "they're", "those", "these", "them", "their", "its", "he", "she", "his", "her");
    private static final Set<String> PERSONAL = Set.of("he", "she");
    private static final int OPENING_TOKENS = 4;
    private static final int OPENING_PHRASE = 8;
    private static final int DESCRIPTION_REACH = 8;
    private static final Pattern TELLING = Pattern.compile(
            "(?i)(?:in (?:this|that|his|her|their) (?:telling|account|version)|by (?:his|her|their) account|on this account),");
    private static final Set<String> IDENTITY = Set.of("is", "was");
    private static final Set<String> ARTICLES = Set.of("a", "an", "one", "the", "another");
    private static final Pattern DEFINITE_ROLE = Pattern.compile("(?i)^the\\s+(?:[\\w-]+\\s+)?([\\w-]+)$");
    private static final Pattern DASH_CREDIT = Pattern.compile("^[–—-]\\s*\\S.{0,60}$");
    private static final Pattern JUDGED = Pattern.compile("(?i)(?:they|he|she) (?:are|were|is|was|'re|’re|'s|’s) (?:not |quite |absolutely )?"
            + "(?:right|wrong|correct|mistaken)\\b");
    private static final Set<String> WRITER = Set.of("i", "we");
    private static final Set<String> GUESSES = Set.of("perhaps", "maybe", "possibly");
    private static final Set<String> CONCESSIVE = Set.of("whatever", "whoever", "however", "whichever", "whenever");
    private static final Set<String> POSSESSIVE = Set.of("its", "their", "his", "her");

    private SpeakerResolver() {
    }

    /** Speakers for sentences of one article, in order; null where the sentence credits no one. */
    static Speaker[] inContext(List<TaggedSentence> sentences, List<SentenceCues> cues) {
        Speaker[] speakers = new Speaker[sentences.size()];
        Map<Integer, Speaker> quotationSpeakers = new HashMap<>();
        Speaker last = null;
        Speaker lastPerson = null; // "he" and "she" never refer back to "reports surfaced" or "some allies"
        Speaker lastBody = null; // "it said" refers to an organisation or a document, never to an unnamed official
        List<Speaker> named = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Speaker own = namedEarlier(ownSpeaker(sentences.get(i), cues.get(i), last, lastPerson, lastBody), named);
            if (own != null && own.named()) {
                named.add(own);
            }
            if (own == null) {
                String actor = namedSubject(sentences.get(i));
                if (actor == null) {
                    actor = namedByDescription(sentences.get(i));
                }
                String someone = actor == null ? unnamedSubject(sentences.get(i)) : null;
                if (actor != null) {
                    last = new Speaker(true, actor, false); // "Putin invoked …" makes "he said" Putin
                    lastPerson = last;
                } else if (someone != null) {
                    lastPerson = new Speaker(false, someone, false); // "A steward walked me along…" then "he said"
                }
            } else {
                speakers[i] = own;
                last = own;
                boolean vague = isVague(cues.get(i));
                if (!vague && (own.named() || !isPlural(own.words()))) {
                    lastPerson = own;
                }
                if (own.named() || vague) {
                    lastBody = own;
                }
                for (int quotation : sentences.get(i).sentence().quotations()) {
                    quotationSpeakers.putIfAbsent(quotation, own);
                }
            }
        }
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i).sentence();
            if (speakers[i] == null && isMostlyQuoted(sentence)) {
                speakers[i] = carried(sentences, speakers, quotationSpeakers, i);
            }
            if (speakers[i] == null) {
                speakers[i] = creditLineBelow(sentences, i);
            }
            boolean goesOn = continuesUnnamedAccount(sentences, speakers, i) || inTheirTelling(sentences, speakers, i);
            if (speakers[i] == null && goesOn) {
                speakers[i] = speakers[i - 1].asCarried();
            }
        }
        return speakers;
    }

    /** Speakers for sentences with no context: "he said" counts as named, nothing is carried over. */
    static Speaker[] alone(List<TaggedSentence> sentences, List<SentenceCues> cues) {
        Speaker[] speakers = new Speaker[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            speakers[i] = ownSpeaker(sentences.get(i), cues.get(i), null, null, null);
            if (speakers[i] == null && sentences.get(i).sentence().isFullyQuoted()) {
                speakers[i] = new Speaker(false, null, false);
            }
        }
        return speakers;
    }

    /**
     * "the minister said" after "Foreign Minister Elina Valtonen said": a definite role that an earlier
     * named speaker carried refers to that person.
     */
    private static Speaker namedEarlier(Speaker speaker, List<Speaker> named) {
        if (speaker == null || speaker.named() || speaker.words() == null) {
            return speaker;
        }
        Matcher definite = DEFINITE_ROLE.matcher(speaker.words());
        if (!definite.matches()) {
            return speaker;
        }
        Pattern role = Pattern.compile("(?i)\\b" + Pattern.quote(definite.group(1)) + "\\b");
        for (Speaker earlier : named.reversed()) {
            if (role.matcher(earlier.words()).find()) {
                return new Speaker(true, earlier.words(), false);
            }
        }
        return speaker;
    }

    /** "Now “we are working out the red lines…”": a few words of the writer around a quotation. */
    static boolean isMostlyQuoted(Sentence sentence) {
        int letters = 0;
        int quoted = 0;
        for (int i = 0; i < sentence.text().length(); i++) {
            if (Character.isLetter(sentence.text().charAt(i))) {
                letters++;
                if (sentence.isQuoted(sentence.start() + i)) {
                    quoted++;
                }
            }
        }
        return letters > 0 && quoted >= 0.7 * letters;
    }

    /**
     * A named subject opening the sentence and followed by its verb: "Putin invoked those fears", "Swedish
     * Defence Minister Johan Ekdahl called the fund…" (title words before the name belong to it).
     */
    private static String namedSubject(TaggedSentence s) {
        int j = afterOpeningPhrase(s);
        int first = j;
        while (j < s.size() && (s.isProperNoun(j) || isTitleWord(s, j))) {
            j++;
        }
        boolean appositive = j < s.size() && s.token(j).equals(","); // "Priya Desai, who runs…, has collected"
        if (j == first || j >= s.size() || !s.isProperNoun(j - 1)
                || !(appositive || s.tag(j).equals("VERB") || s.tag(j).equals("AUX"))) {
            return null;
        }
        return s.text().substring(s.tokenStart(first) - s.start(), s.tokenEnd(j - 1) - s.start());
    }

    /** "Back on the riverbank, Julie Hadley runs the café": where the subject starts after a short scene-setter. */
    private static int afterOpeningPhrase(TaggedSentence s) {
        if (s.size() == 0 || !s.tag(0).matches("ADP|ADV")) {
            return 0;
        }
        for (int i = 1; i < Math.min(s.size() - 1, OPENING_PHRASE); i++) {
            if (s.token(i).equals(",")) {
                return i + 1;
            }
            if (s.tag(i).matches("VERB|AUX") || s.isQuoted(i)) {
                return 0;
            }
        }
        return 0;
    }

    /**
     * A person the writer describes, then names: "A conservator, Ruth Adeyemi-Clarke, lifts a plaque…", "The man
     * with the flour is Darnell Pruitt, 52"; null if the sentence does not.
     */
    private static String namedByDescription(TaggedSentence s) {
        if (s.size() < 4 || !ARTICLES.contains(s.lower(0))) {
            return null;
        }
        for (int i = 1; i < Math.min(s.size() - 2, DESCRIPTION_REACH); i++) {
            boolean apposition = s.token(i).equals(",");
            boolean identity = IDENTITY.contains(s.lower(i));
            if (apposition || identity) {
                int j = i + 1;
                // the tagger calls some first names adjectives: "Darnell/ADJ Pruitt"
                while (j < s.size() && (s.isProperNoun(j) || s.token(j).equals("-") && j > i + 1
                        || isTitleWord(s, j) && j + 1 < s.size() && s.isProperNoun(j + 1))) {
                    j++;
                }
                boolean name = j - (i + 1) >= 2 && (j == s.size() || s.tag(j).equals("PUNCT"));
                return name ? s.text().substring(s.tokenStart(i + 1) - s.start(), s.tokenEnd(j - 1) - s.start()) : null;
            }
            if (s.tag(i).matches("VERB|AUX") || s.isQuoted(i)) {
                return null;
            }
        }
        return null;
    }

    /**
     * One person the writer describes but does not name, opening the sentence as its subject: "A Japanese naval
     * officer aboard the same ship, who…, was more guarded", "the Japanese officer returned to his theme".
     */
    private static String unnamedSubject(TaggedSentence s) {
        if (s.size() < 3 || !ARTICLES.contains(s.lower(0))) {
            return null;
        }
        int j = 1;
        while (j < s.size() && (s.tag(j).matches("ADJ|NOUN|NUM|PROPN") || s.token(j).equals("-"))) {
            j++;
        }
        boolean subject = j > 1 && j < s.size() && (s.token(j).equals(",") || s.tag(j).matches("ADP|ADV|VERB|AUX|SCONJ"));
        if (!subject || SourceClassifier.classify(s, 0, j) != SourceKind.ANONYMOUS) {
            return null;
        }
        String words = s.text().substring(0, s.tokenEnd(j - 1) - s.start());
        // a spokeswoman speaks for the organisation named after her ("A spokeswoman for the firm…")
        return isPlural(words) || SourceClassifier.mentionsSpokesperson(words) ? null : words;
    }

    private static boolean isVague(SentenceCues cues) {
        Cue unnamed = cues.first(CueKind.ANONYMOUS_SOURCE, CueKind.VAGUE_ATTRIBUTION);
        return unnamed != null && unnamed.kind() == CueKind.VAGUE_ATTRIBUTION;
    }

    private static boolean isTitleWord(TaggedSentence s, int i) {
        String tag = s.tag(i);
        return (tag.equals("ADJ") || tag.equals("NOUN")) && s.isCapitalised(i);
    }

    /** "Sources at the club", "two diplomats": a group, which "he" cannot refer back to. */
    private static boolean isPlural(String words) {
        if (words == null) {
            return false;
        }
        String[] parts = words.strip().split("\\s+");
        // "Neighbours in Altnabreck": a group described by its place is still a group
        String[] beforePlace = words.strip().split("\\s+(?:in|at|from|near|across|around)\\s+", 2)[0].split("\\s+");
        return words.toLowerCase(Locale.ROOT).matches("(?s).*\\b(?:sources|officials|diplomats|aides|people|analysts|experts)\\b.*")
                || isPluralWord(parts[parts.length - 1]) || isPluralWord(beforePlace[beforePlace.length - 1]);
    }

    /** "officials", "the bank’s" (no one person), "fishermen"; not "witness". */
    private static boolean isPluralWord(String word) {
        String head = word.toLowerCase(Locale.ROOT);
        return head.endsWith("s") && !head.endsWith("ss") || head.endsWith("men");
    }

    private static Speaker ownSpeaker(TaggedSentence sentence, SentenceCues cues, Speaker lastSource,
                                      Speaker lastPerson, Speaker lastBody) {
        Cue unnamed = cues.first(CueKind.ANONYMOUS_SOURCE, CueKind.VAGUE_ATTRIBUTION);
        // "“…when that illness is reported to us,” Dr. Miriam Okafor said": the speaker stands behind her own words
        boolean insideOwnQuote = unnamed != null && sentence.sentence().isQuoted(unnamed.start())
                && sentence.sources().stream().anyMatch(source -> source.kind() == SourceKind.NAMED
                        || source.kind() == SourceKind.PRONOUN);
        if (unnamed != null && !insideOwnQuote) {
            return new Speaker(false, cues.words(unnamed), false);
        }
        for (SourceMention source : sentence.sources()) {
            if (source.kind() == SourceKind.NAMED) {
                return new Speaker(true, words(sentence, source), false);
            }
        }
        for (SourceMention source : sentence.sources()) {
            if (source.kind() == SourceKind.PRONOUN) {
                String pronoun = words(sentence, source).toLowerCase(Locale.ROOT);
                Speaker last = PERSONAL.contains(pronoun) ? lastPerson : pronoun.equals("it") ? lastBody : lastSource;
                boolean named = last == null || last.named();
                String who = last == null || last.words() == null ? words(sentence, source) : last.words();
                return new Speaker(named, who, false);
            }
        }
        return null;
    }

    private static Speaker carried(List<TaggedSentence> sentences, Speaker[] speakers,
                                   Map<Integer, Speaker> quotationSpeakers, int index) {
        Sentence sentence = sentences.get(index).sentence();
        for (int quotation : sentence.quotations()) {
            Speaker speaker = quotationSpeakers.get(quotation);
            if (speaker != null) {
                return speaker.asCarried();
            }
        }
        for (int j = index - 1; j >= 0 && sentences.get(j).sentence().paragraph() == sentence.paragraph(); j--) {
            // "…said he had tried the road twice before. “The first time…”": the quotation is the speaker's
            if (speakers[j] != null && (j == index - 1 || !sentences.get(j).sentence().quotations().isEmpty())) {
                return speakers[j].asCarried();
            }
        }
        // "Helen Achterberg … sat in her office. “I keep coming back to one question.”": the person just described
        Sentence before = index > 0 ? sentences.get(index - 1).sentence() : null;
        String described = before != null && before.paragraph() == sentence.paragraph() && before.quotations().isEmpty()
                ? namedSubject(sentences.get(index - 1)) : null;
        if (described != null) {
            return new Speaker(true, described, true);
        }
        Speaker previousParagraph = lastQuoteOfPreviousParagraph(sentences, speakers, index);
        if (previousParagraph != null) {
            return previousParagraph.asCarried();
        }
        return new Speaker(false, null, false); // a bare quotation: no speaker in or next to it
    }

    /** A quotation opening a paragraph continues the one that ended the paragraph before, as in print. */
    private static Speaker lastQuoteOfPreviousParagraph(List<TaggedSentence> sentences, Speaker[] speakers,
                                                        int index) {
        int paragraph = sentences.get(index).sentence().paragraph();
        int first = index;
        while (first > 0 && sentences.get(first - 1).sentence().paragraph() == paragraph) {
            first--;
        }
        if (first == 0 || !sentences.get(first).sentence().isQuoted(sentences.get(first).start())) {
            return null;
        }
        Sentence previous = sentences.get(first - 1).sentence();
        boolean adjacent = previous.paragraph() == paragraph - 1 && !previous.quotations().isEmpty();
        return adjacent ? speakers[first - 1] : null;
    }

    /**
     * "…, according to four NATO diplomats. Those concern Kyiv's accession…": the next sentence of the
     * paragraph refers back with a pronoun and plainly goes on with the same unnamed account.
     */
    private static boolean continuesUnnamedAccount(List<TaggedSentence> sentences, Speaker[] speakers, int index) {
        if (index == 0 || speakers[index - 1] == null || speakers[index - 1].named()
                || speakers[index - 1].words() == null) {
            return false;
        }
        TaggedSentence sentence = sentences.get(index);
        if (sentence.sentence().paragraph() != sentences.get(index - 1).sentence().paragraph()) {
            return false;
        }
        // "He was wrong then", "They are right": the writer judging the unnamed speaker; "I suspect…": the writer
        // "Perhaps he did.": the writer guessing about the speaker
        if (JUDGED.matcher(sentence.text()).lookingAt() || WRITER.contains(sentence.lower(0))
                || GUESSES.contains(sentence.lower(0))) {
            return false;
        }
        for (int i = 0; i < Math.min(sentence.size(), OPENING_TOKENS); i++) {
            // "Parents, for their part, …": the sentence's own subject, not the source before it
            boolean ownPart = i > 0 && sentence.lower(i - 1).equals("for") && i + 1 < sentence.size()
                    && sentence.lower(i + 1).equals("part");
            // "Whatever they decide, the debate…": a concession, not their account
            boolean concession = i > 0 && CONCESSIVE.contains(sentence.lower(i - 1));
            // "Paris removed its scooters": the possessive is the sentence's own subject's
            boolean ownSubject = POSSESSIVE.contains(sentence.lower(i)) && sentence.hasNameBefore(i);
            if (BACK_REFERENCE.contains(sentence.lower(i)) && !ownPart && !concession && !ownSubject) {
                return true;
            }
        }
        return false;
    }

    /** "In this telling, the museum has shifted the burden…": the sentence says it goes on with the account before. */
    private static boolean inTheirTelling(List<TaggedSentence> sentences, Speaker[] speakers, int index) {
        return index > 0 && speakers[index - 1] != null && TELLING.matcher(sentences.get(index).text()).lookingAt();
    }

    /** "This already is a compromise on our part." followed by the line "– Ukrainian leadership statement". */
    private static Speaker creditLineBelow(List<TaggedSentence> sentences, int index) {
        if (index + 1 >= sentences.size() || sentences.get(index).sentence().kind() != SentenceKind.PROSE) {
            return null;
        }
        TaggedSentence next = sentences.get(index + 1);
        if (next.sentence().kind() != SentenceKind.BULLET || !DASH_CREDIT.matcher(next.text()).matches()
                || next.size() < 2) {
            return null;
        }
        SourceKind kind = SourceClassifier.classify(next, 1, next.size());
        if (kind == null || kind == SourceKind.PRONOUN) {
            return null;
        }
        return new Speaker(kind == SourceKind.NAMED, next.text().substring(1).strip(), true);
    }

    private static String words(TaggedSentence sentence, SourceMention source) {
        return sentence.text().substring(source.start() - sentence.start(), source.end() - sentence.start());
    }
}
