package org.medialiteracy.kit.article;

/** How a sentence sits on the page, which the labeller needs for headings and lists. */
public enum SentenceKind {
    /** Running text, split by the sentence detector. */
    PROSE,
    /** A line with no end punctuation: a title, heading or button. */
    HEADING,
    /** A line starting with a bullet or a list number. */
    BULLET,
    /** A line of a table ("| a | b |"). */
    TABLE_ROW
}
