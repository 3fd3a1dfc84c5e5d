package org.medialiteracy.kit.classroom;

import java.util.Optional;
import org.medialiteracy.kit.lesson.Exercise;
import org.medialiteracy.kit.scoring.ItemAnalysis;

/** How the class did on one labelling exercise, item by item. */
public record ExerciseAnalysis(Exercise exercise, ItemAnalysis analysis, Optional<PewComparison> pew) {
}
