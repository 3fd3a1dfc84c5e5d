package org.medialiteracy.kit.classroom;

/** Who an account belongs to; Spring Security sees it as ROLE_TEACHER or ROLE_STUDENT. */
public enum Role {
    TEACHER,
    STUDENT;

    public String authority() {
        return "ROLE_" + name();
    }
}
