package org.medialiteracy.kit.lesson;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.medialiteracy.kit.analysis.LabelledSentence;

/**
 * Turns the labeller's proposal for an article into a draft answer key for the teacher to
 * review: sentences in text order, numbered from 0, none contested yet.
 */
public final class DraftLessonBuilder {

    private DraftLessonBuilder() {
    }

    /**
     * The draft key of an article.
     *
     * @throws IllegalArgumentException if a proposed sentence is empty, lies outside the article, does not
     *                                  match its text, overlaps another sentence, or has a cue
     *                                  outside it: the proposal does not belong to this article
     */
    public static List<KeyedSentence> draftKey(String articleText, List<LabelledSentence> proposal) {
        List<LabelledSentence> ordered = proposal.stream()
                .sorted(Comparator.comparingInt(LabelledSentence::start))
                .toList();
        List<KeyedSentence> key = new ArrayList<>();
        int previousEnd = 0;
        for (LabelledSentence sentence : ordered) {
            String where = "proposed sentence " + sentence.start() + ".." + sentence.end();
            if (sentence.end() == sentence.start()) {
                throw new IllegalArgumentException(where + " is empty");
            }
            if (sentence.end() > articleText.length()) {
                throw new IllegalArgumentException(where + " ends after the article (length " + articleText.length() + ")");
            }
            if (sentence.start() < previousEnd) {
                throw new IllegalArgumentException(where + " overlaps the previous sentence");
            }
            if (!articleText.substring(sentence.start(), sentence.end()).equals(sentence.text())) {
                throw new IllegalArgumentException(where + " does not match the article text");
            }
            if (sentence.cues().stream().anyMatch(cue -> cue.start() < sentence.start() || cue.end() > sentence.end())) {
                throw new IllegalArgumentException(where + " has a cue outside the sentence");
            }
            key.add(new KeyedSentence(key.size(), sentence.start(), sentence.end(), sentence.text(), sentence.label(),
                    sentence.cues(), sentence.explanation() == null ? "" : sentence.explanation(), false));
            previousEnd = sentence.end();
        }
        return key;
    }
}
