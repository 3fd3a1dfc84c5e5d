package org.medialiteracy.kit.classroom;

/** What a teacher's class list shows. */
public record ClassSummary(long id, String name, String joinCode, boolean archived, long studentCount) {
}
