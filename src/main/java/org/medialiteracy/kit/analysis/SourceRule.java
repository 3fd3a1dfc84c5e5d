package org.medialiteracy.kit.analysis;

import java.util.List;

/** A cue rule that marks the source of a speech verb when the source is of one kind. */
record SourceRule(String id, String description, CueKind kind, SourceKind sourceKind,
                  List<String> mustFlag, List<String> mustNotFlag) implements CueRule {

    @Override
    public List<Cue> find(TaggedSentence sentence) {
        return sentence.sources().stream()
                .filter(source -> source.kind() == sourceKind)
                .map(source -> new Cue(source.start(), source.end(), kind))
                .toList();
    }
}
