package org.medialiteracy.kit.classroom;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A student's membership of a class. */
@Entity
@Table(name = "enrolment")
class Enrolment {

    @EmbeddedId
    private Key key;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    protected Enrolment() {
    }

    Enrolment(Long classId, Long studentId, Instant joinedAt) {
        this.key = new Key(classId, studentId);
        this.joinedAt = joinedAt;
    }

    Key key() {
        return key;
    }

    @Embeddable
    record Key(@Column(name = "class_id") Long classId, @Column(name = "student_id") Long studentId)
            implements Serializable {
    }
}
