package org.medialiteracy.kit.classroom;

/** Practice shows the key after each answer; assessment only after the student submits. */
public enum AssignmentMode {
    PRACTICE,
    ASSESSMENT
}
