package org.medialiteracy.kit.lesson;

import java.util.regex.Pattern;

/**
 * Identifies a lesson; unique across the lesson library. Lowercase letters, digits and hyphens,
 * starting with a letter or digit, since the id names the lesson's file ({@code lessons/<id>.json}).
 */
public record LessonId(String value) {

    private static final Pattern WELL_FORMED = Pattern.compile("[a-z0-9][a-z0-9-]*");

    public LessonId {
        if (value == null || !isWellFormed(value)) {
            throw new IllegalArgumentException("lesson id must be lowercase letters, digits and hyphens: " + value);
        }
    }

    public static boolean isWellFormed(String value) {
        return WELL_FORMED.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
