package org.medialiteracy.kit.analysis;

import java.util.List;

/**
 * One rule that marks cue words, LanguageTool style: a stable id, a one-line description, and
 * examples it must flag and must not flag, which {@code CueRulesTest} checks for every rule.
 */
interface CueRule {

    /** Stable id, e.g. {@code ANON_ROLE_SPEECH}; keys and reports refer to it. */
    String id();

    /** One line saying what the rule marks. */
    String description();

    /** The kind of every cue this rule marks. */
    CueKind kind();

    /** Lone sentences in which the rule must mark at least one cue. */
    List<String> mustFlag();

    /** Lone sentences in which the rule must mark nothing. */
    List<String> mustNotFlag();

    /** The cues this rule marks in a sentence, with absolute offsets. */
    List<Cue> find(TaggedSentence sentence);
}
