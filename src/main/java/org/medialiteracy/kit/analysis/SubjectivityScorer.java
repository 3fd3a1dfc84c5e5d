package org.medialiteracy.kit.analysis;

import java.util.List;

/** A learned estimate of how likely each sentence is the writer's own opinion (0 to 1). */
public interface SubjectivityScorer {

    double[] subjectivity(List<String> sentences);
}
