package org.medialiteracy.kit.classroom;

/** A student as the teacher's roster shows them; never their password. */
public record StudentSummary(long id, String username, String displayName) {
}
