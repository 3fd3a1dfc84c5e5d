package org.medialiteracy.kit.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;
import org.medialiteracy.kit.article.NlpModels;
import org.medialiteracy.kit.article.Sentence;
import org.medialiteracy.kit.article.SentenceSplitter;

/** A sentence with its tokens, their absolute offsets and part-of-speech tags (Universal Dependencies). */
final class TaggedSentence {

    /** Capitalised only because they open the sentence, yet sometimes tagged as names. */
    private static final Set<String> DISCOURSE_OPENERS = Set.of(
            "rather", "however", "instead", "indeed", "meanwhile", "still", "yet", "publicly", "privately",
            "finally", "apparently", "personally", "overall", "ultimately", "notably", "crucially", "roughly",
            "nearly", "almost", "about", "around", "only", "even", "now", "then", "so", "thus", "also", "but",
            "and", "or", "here", "there", "today", "later", "earlier");
    private static final Pattern PLURAL_ENDING = Pattern.compile("[a-z](?:ies|ers|ors|ists|ents|ants|ans|ics|ates|als|ats|erts|ces|ides|oys|kets)$");

    private final Sentence sentence;
    private final String[] tokens;
    private final String[] lowerTokens;
    private final int[] starts;
    private final int[] ends;
    private final String[] tags;
    /** Index of the first token with a letter: the sentence opener after any bullet or quote mark. */
    private final int firstWord;
    private List<SourceMention> sources;

    private TaggedSentence(Sentence sentence) {
        this.sentence = sentence;
        Span[] spans = NlpModels.tokenizer().tokenizePos(sentence.text());
        tokens = Span.spansToStrings(spans, sentence.text());
        tags = NlpModels.posTagger().tag(tokens);
        lowerTokens = new String[tokens.length];
        starts = new int[tokens.length];
        ends = new int[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            lowerTokens[i] = tokens[i].toLowerCase(Locale.ROOT).replace('’', '\'');
            starts[i] = sentence.start() + spans[i].getStart();
            ends[i] = sentence.start() + spans[i].getEnd();
        }
        int first = 0;
        while (first < tokens.length && tokens[first].chars().noneMatch(Character::isLetter)) {
            first++;
        }
        firstWord = first;
        retagCapitalisedVerbsInNames();
    }

    /** "A Kestrel Learning Trust spokesperson": a capitalised word inside a name is no verb, whatever the tagger says. */
    private void retagCapitalisedVerbsInNames() {
        for (int i = firstWord + 1; i + 1 < tokens.length; i++) {
            if (tags[i].equals("VERB") && isCapitalised(i) && tags[i - 1].equals("PROPN")
                    && tags[i + 1].matches("NOUN|PROPN")) {
                tags[i] = "PROPN";
            }
        }
    }

    static TaggedSentence of(Sentence sentence) {
        return new TaggedSentence(sentence);
    }

    /** A lone sentence with no article around it, as in a rule's examples. */
    static TaggedSentence ofText(String text) {
        return new TaggedSentence(new SentenceSplitter().splitLines(text).getFirst());
    }

    Sentence sentence() {
        return sentence;
    }

    String text() {
        return sentence.text();
    }

    int start() {
        return sentence.start();
    }

    int size() {
        return tokens.length;
    }

    String token(int i) {
        return tokens[i];
    }

    /** The token starts with a capital letter, whatever the tagger made of it. */
    boolean isCapitalised(int i) {
        return Character.isUpperCase(tokens[i].charAt(0));
    }

    /** Lower case, with curly apostrophes made straight. */
    String lower(int i) {
        return lowerTokens[i];
    }

    String tag(int i) {
        return tags[i];
    }

    int tokenStart(int i) {
        return starts[i];
    }

    int tokenEnd(int i) {
        return ends[i];
    }

    boolean isQuoted(int i) {
        return sentence.isQuoted(starts[i]);
    }

    /**
     * A capitalised proper noun. Not one: a capitalised plural opening the sentence ("Allies"), a
     * discourse word ("Rather,"), or an opener modifying a common-noun subject ("Climate scientists have").
     */
    boolean isProperNoun(int i) {
        if (!isCapitalised(i)) {
            return false;
        }
        boolean opener = i == firstWord;
        if (!tags[i].equals("PROPN")) {
            // "Minister Hendra Wibowo": the tagger calls unfamiliar names nouns; mid-sentence capitals say otherwise
            // and so does one after a comma ("…in the gymnasium, Reyes said")
            return tags[i].equals("NOUN") && !opener && i > 0 && (tags[i - 1].matches("PROPN|NOUN|ADJ|ADP|DET")
                    || tokens[i - 1].equals(",") && i + 1 < tokens.length && tags[i + 1].equals("VERB"))
                    && Character.isLowerCase(tokens[i].charAt(tokens[i].length() - 1));
        }
        boolean lonePluralOpener = opener && PLURAL_ENDING.matcher(tokens[i]).find()
                && (i + 1 >= tokens.length || !tags[i + 1].equals("PROPN"));
        boolean openerBeforeCommonNoun = opener && i + 2 < tokens.length && tags[i + 1].equals("NOUN")
                && Character.isLowerCase(tokens[i + 1].charAt(0)) && !tokens[i].equals(tokens[i].toUpperCase(Locale.ROOT))
                && (tags[i + 2].equals("VERB") || tags[i + 2].equals("AUX"));
        return !lonePluralOpener && !openerBeforeCommonNoun && !(opener && DISCOURSE_OPENERS.contains(lowerTokens[i]));
    }

    /** A name outside quotation marks before token {@code index}: "Wyvern disputes that, and a spokesperson says". */
    boolean hasNameBefore(int index) {
        for (int i = 0; i < index; i++) {
            if (isProperNoun(i) && !isQuoted(i)) {
                return true;
            }
        }
        return false;
    }

    /** Sources of speech found in this sentence, computed once. */
    List<SourceMention> sources() {
        if (sources == null) {
            sources = SourceFinder.find(this);
        }
        return sources;
    }
}
