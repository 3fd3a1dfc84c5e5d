package org.medialiteracy.kit.classroom;

/** A request about accounts that cannot be carried out; the message is shown to the user as is. */
public class AccountProblem extends RuntimeException {

    public AccountProblem(String message) {
        super(message);
    }
}
