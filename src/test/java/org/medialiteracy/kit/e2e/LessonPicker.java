package org.medialiteracy.kit.e2e;

import java.util.List;
import org.medialiteracy.kit.lesson.Exercise;
import org.medialiteracy.kit.lesson.ExerciseType;
import org.medialiteracy.kit.lesson.Lesson;
import org.medialiteracy.kit.lesson.LessonLibrary;

/** Finds a shipped lesson with an exercise of a given type, so tests follow the lessons as they grow. */
record LessonPicker(LessonLibrary library) {

    Found first(ExerciseType type) {
        for (Lesson lesson : library.lessons()) {
            List<Exercise> exercises = lesson.exercises();
            for (int i = 0; i < exercises.size(); i++) {
                if (exercises.get(i).type() == type) {
                    return new Found(lesson, exercises.get(i), i);
                }
            }
        }
        throw new AssertionError("no shipped lesson has a " + type + " exercise");
    }

    record Found(Lesson lesson, Exercise exercise, int step) {
    }
}
