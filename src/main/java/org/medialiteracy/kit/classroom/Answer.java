package org.medialiteracy.kit.classroom;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * One answer, stored the moment it is given: for an item of an exercise (a sentence index, a span, a
 * prediction), the student's response (a label name, "PICKED", an article letter).
 */
@Entity
@Table(name = "answer")
class Answer {

    @EmbeddedId
    private Key key;

    @Column(nullable = false, length = 64)
    private String response;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected Answer() {
    }

    Answer(Key key, String response, Instant answeredAt) {
        this.key = key;
        this.response = response;
        this.answeredAt = answeredAt;
    }

    Key key() {
        return key;
    }

    String response() {
        return response;
    }

    Instant answeredAt() {
        return answeredAt;
    }

    void change(String newResponse, Instant at) {
        this.response = newResponse;
        this.answeredAt = at;
    }

    @Embeddable
    record Key(@Column(name = "attempt_id") Long attemptId,
               @Column(name = "exercise_id") String exerciseId,
               @Column(name = "item") String item) implements Serializable {
    }
}
