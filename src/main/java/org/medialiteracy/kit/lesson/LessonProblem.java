package org.medialiteracy.kit.lesson;

/**
 * What is wrong with a lesson file: the file (e.g. {@code lessons/bad.json}), the field at fault
 * as a path ({@code exercises[1].sentences[3]}, or a line and column for a syntax error) and
 * a message a teacher can act on.
 */
public record LessonProblem(String file, String field, String message) {

    @Override
    public String toString() {
        return file + ": " + field + ": " + message;
    }
}
