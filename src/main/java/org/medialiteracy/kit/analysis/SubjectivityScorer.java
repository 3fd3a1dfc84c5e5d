package org.medialiteracy.kit.analysis;

import java.util.List;

/** A learned estimate of how likely each sentence is the writer's own opinion (0 to 1). */
public interface SubjectivityScorer {

    double[] subjectivity(List<String> sentences);

    /**
     * A learned second look at a claim that credits no one: which of OPINION, UNSUPPORTED_ASSERTION and
     * REPORTED_FACT fits the sentence, given the rules' proposal and the cues they found. Without such a
     * model the proposal stands.
     */
    default Label judgeClaim(String sentence, Label proposed, List<Cue> cues) {
        return proposed;
    }
}
