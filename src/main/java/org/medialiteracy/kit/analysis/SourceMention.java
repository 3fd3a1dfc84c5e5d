package org.medialiteracy.kit.analysis;

/** The words naming the source of a speech verb, with absolute offsets. */
record SourceMention(int start, int end, SourceKind kind) {
}
