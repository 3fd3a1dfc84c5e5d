package org.medialiteracy.kit.export;

/** An export asked for with an option the kit does not know; the message says which ones it does. */
public class ExportOptionProblem extends RuntimeException {

    public ExportOptionProblem(String message) {
        super(message);
    }
}
