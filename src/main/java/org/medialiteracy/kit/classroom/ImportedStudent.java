package org.medialiteracy.kit.classroom;

/** A student created from a roster; the password is present only when the kit generated it. */
public record ImportedStudent(String username, String displayName, String generatedPassword) {
}
