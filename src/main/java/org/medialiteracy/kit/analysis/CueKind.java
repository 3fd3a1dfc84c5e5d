package org.medialiteracy.kit.analysis;

/** Kinds of cue words, as listed in the codebook. */
public enum CueKind {
    NAMED_SOURCE,
    ANONYMOUS_SOURCE,
    VAGUE_ATTRIBUTION,
    FIRST_PERSON,
    HEDGE,
    EVALUATIVE,
    OBLIGATION,
    NUMBER_OR_DATE,
    QUOTE,
    QUESTION,
    RESIDUE
}
