package org.medialiteracy.kit.classroom;

/** An attempt cannot do what was asked (closed, already submitted); the message is shown as is. */
public class AttemptProblem extends RuntimeException {

    public AttemptProblem(String message) {
        super(message);
    }
}
