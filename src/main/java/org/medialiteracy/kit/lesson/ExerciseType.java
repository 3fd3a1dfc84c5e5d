package org.medialiteracy.kit.lesson;

/** The five exercise types of the architecture document. */
public enum ExerciseType {
    /** Each item gets one of the claim labels (and Not a claim where the exercise includes it). */
    LABEL_SENTENCES,
    /** A two-way sort of sentences keyed Reported fact or Opinion. */
    FACT_OR_OPINION,
    /** Select the spans that credit an unidentifiable source. */
    MARK_ANONYMOUS_SOURCES,
    /** Pick the claims of a passage that are keyed Unsupported assertion. */
    FIND_UNSUPPORTED,
    /** Two articles: predict which relies more on opinion and which more on anonymous sources. */
    COMPARE_ARTICLES;

    /** Whether the student answers with one label per item (and the label scorer applies). */
    public boolean asksForLabels() {
        return this == LABEL_SENTENCES || this == FACT_OR_OPINION;
    }
}
