package org.medialiteracy.kit.lesson;

import java.util.List;
import java.util.Set;

/** What the teacher chose for a new lesson: its name and audience, the exercises, and the sentences they use. */
public record LessonSpec(String id, String title, String gradeBand, List<String> learningObjectives,
                         Set<ExerciseType> exerciseTypes, List<Integer> usedSentences) {

    public LessonSpec {
        learningObjectives = List.copyOf(learningObjectives);
        exerciseTypes = Set.copyOf(exerciseTypes);
        usedSentences = usedSentences.stream().sorted().distinct().toList();
    }
}
