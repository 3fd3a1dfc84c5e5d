package org.medialiteracy.kit.article;

/** An imported article: cleaned plain text that every offset of the kit points into. */
public record Article(String text) {

    public Article {
        if (text == null) {
            throw new IllegalArgumentException("text is required");
        }
    }
}
