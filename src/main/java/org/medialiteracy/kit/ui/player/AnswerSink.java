package org.medialiteracy.kit.ui.player;

/** Where the player sends each answer the moment it is given; a null response takes an answer back. */
@FunctionalInterface
public interface AnswerSink {

    /** Nothing is kept: practice without an account. */
    AnswerSink NOWHERE = (exerciseId, item, response) -> { };

    void save(String exerciseId, String item, String response);
}
