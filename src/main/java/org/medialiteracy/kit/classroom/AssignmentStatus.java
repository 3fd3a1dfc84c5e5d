package org.medialiteracy.kit.classroom;

/** Where a student stands on an assignment, in the words the student sees. */
public enum AssignmentStatus {
    NOT_OPEN_YET("Not open yet"),
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    SUBMITTED("Submitted"),
    SUBMITTED_LATE("Submitted late"),
    LATE("Late: not submitted yet"),
    CLOSED("Closed");

    private final String words;

    AssignmentStatus(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
