package org.medialiteracy.kit.lesson;

import java.util.List;
import java.util.stream.Collectors;

/** A lesson file, or a lesson about to be written, has problems. */
public class LessonFormatException extends RuntimeException {

    private final transient List<LessonProblem> problems;

    public LessonFormatException(List<LessonProblem> problems) {
        super(problems.stream().map(LessonProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<LessonProblem> problems() {
        return problems;
    }
}
