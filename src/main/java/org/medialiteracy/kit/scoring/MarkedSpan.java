package org.medialiteracy.kit.scoring;

/** A span a student marked: Java String indices into the article text, end exclusive. */
public record MarkedSpan(int start, int end) {

    public MarkedSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad marked span " + start + ".." + end);
        }
    }
}
