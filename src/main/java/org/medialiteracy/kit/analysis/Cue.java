package org.medialiteracy.kit.analysis;

/**
 * Words that justify a label: a span of the article text (Java String indices, end exclusive).
 */
public record Cue(int start, int end, CueKind kind) {

    public Cue {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad cue span " + start + ".." + end);
        }
        if (kind == null) {
            throw new IllegalArgumentException("cue kind is required");
        }
    }

    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
