package org.medialiteracy.kit.classroom;

/** Which submitted attempt counts for the grade when a student had several. */
public enum AttemptChoice {
    /** The highest score; the earlier attempt on a tie. */
    BEST,
    /** The latest submitted attempt. */
    LAST
}
