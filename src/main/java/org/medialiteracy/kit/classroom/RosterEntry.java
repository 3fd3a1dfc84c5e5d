package org.medialiteracy.kit.classroom;

/** A student in one class, as grade lists show them. */
public record RosterEntry(long studentId, String username, String displayName, long classId, String className) {
}
