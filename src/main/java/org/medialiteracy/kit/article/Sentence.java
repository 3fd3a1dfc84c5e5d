package org.medialiteracy.kit.article;

import java.util.List;

/**
 * One sentence of an article with its place on the page.
 *
 * @param start       offset of the first character in the article text
 * @param end         offset after the last character (exclusive)
 * @param text        the sentence, equal to {@code articleText.substring(start, end)}
 * @param paragraph   index of the paragraph (0-based); lines of a list or table are paragraphs too
 * @param kind        prose, heading, bullet or table row
 * @param quotations  ids of the quotations this sentence overlaps, in order; a quotation that runs over
 *                    several sentences gives all of them the same id, so its speaker can be carried over
 * @param quotedParts the parts of this sentence that lie inside quotation marks, clipped to the sentence
 */
public record Sentence(int start, int end, String text, int paragraph, SentenceKind kind,
                       List<Integer> quotations, List<TextSpan> quotedParts) {

    public Sentence {
        quotations = List.copyOf(quotations);
        quotedParts = List.copyOf(quotedParts);
    }

    /** True when every letter of the sentence is inside quotation marks. */
    public boolean isFullyQuoted() {
        if (quotedParts.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i)) && !isQuoted(start + i)) {
                return false;
            }
        }
        return true;
    }

    /** True when the character at this absolute offset is inside quotation marks. */
    public boolean isQuoted(int offset) {
        for (TextSpan part : quotedParts) {
            if (part.contains(offset)) {
                return true;
            }
        }
        return false;
    }
}
