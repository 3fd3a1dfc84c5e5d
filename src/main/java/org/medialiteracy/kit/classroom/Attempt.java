package org.medialiteracy.kit.classroom;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A student's try at an assignment; submitted once, and flagged when late. */
@Entity
@Table(name = "attempt")
public class Attempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assignment_id", nullable = false)
    private Long assignmentId;

    @Column(name = "student_id", nullable = false)
    private Long studentId;

    @Column(nullable = false)
    private int number;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(nullable = false)
    private boolean late;

    // Two tabs submitting at once: the second fails its version check instead of overwriting.
    @Version
    private long version;

    protected Attempt() {
    }

    Attempt(Long assignmentId, Long studentId, int number, Instant startedAt) {
        this.assignmentId = assignmentId;
        this.studentId = studentId;
        this.number = number;
        this.startedAt = startedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getAssignmentId() {
        return assignmentId;
    }

    public Long getStudentId() {
        return studentId;
    }

    public int getNumber() {
        return number;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    public boolean isLate() {
        return late;
    }

    void submit(Instant at, boolean lateSubmission) {
        this.submittedAt = at;
        this.late = lateSubmission;
    }
}
