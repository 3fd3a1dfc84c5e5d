package org.medialiteracy.kit.analysis;

/**
 * Who a sentence's content is credited to, resolved in context.
 *
 * @param named   true for a named person or organisation, false for an unnamed or vague one
 * @param words   the words that name or describe the source, as written in the article
 * @param carried true when the speaker was carried over from an earlier part of a quotation
 */
record Speaker(boolean named, String words, boolean carried) {

    Speaker asCarried() {
        return new Speaker(named, words, true);
    }
}
