package org.medialiteracy.kit.lesson;

import java.util.List;

/** The lessons that loaded and the problems of those that did not. */
public record LessonLoadResult(List<Lesson> lessons, List<LessonProblem> problems) {

    public LessonLoadResult {
        lessons = List.copyOf(lessons);
        problems = List.copyOf(problems);
    }
}
