package org.medialiteracy.kit.article;

/** An upload or paste that cannot be analysed; the message is written for the teacher. */
public class ArticleRejectedException extends RuntimeException {

    public ArticleRejectedException(String message) {
        super(message);
    }
}
