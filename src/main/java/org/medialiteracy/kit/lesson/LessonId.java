package org.medialiteracy.kit.lesson;

/** Identifies a lesson; unique across the lesson library. */
public record LessonId(String value) {

    public LessonId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("lesson id must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
