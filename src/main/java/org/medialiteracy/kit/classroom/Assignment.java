package org.medialiteracy.kit.classroom;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** One lesson given to one or more classes, with its dates, mode and number of attempts. */
@Entity
@Table(name = "assignment")
public class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "teacher_id", nullable = false)
    private Long teacherId;

    @Column(name = "lesson_id", nullable = false, length = 100)
    private String lessonId;

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AssignmentMode mode;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "close_at_due", nullable = false)
    private boolean closeAtDue;

    @Column(name = "attempts_allowed", nullable = false)
    private int attemptsAllowed;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assignment_class", joinColumns = @JoinColumn(name = "assignment_id"))
    @Column(name = "class_id")
    private Set<Long> classIds = new HashSet<>();

    protected Assignment() {
    }

    Assignment(Long teacherId, NewAssignment request, Instant createdAt) {
        this.teacherId = teacherId;
        this.lessonId = request.lessonId();
        this.title = request.title();
        this.mode = request.mode();
        this.opensAt = request.opensAt() == null ? createdAt : request.opensAt();
        this.dueAt = request.dueAt();
        this.closeAtDue = request.closeAtDue();
        this.attemptsAllowed = request.attemptsAllowed();
        this.classIds = new HashSet<>(request.classIds());
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getTeacherId() {
        return teacherId;
    }

    public String getLessonId() {
        return lessonId;
    }

    public String getTitle() {
        return title;
    }

    public AssignmentMode getMode() {
        return mode;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public boolean isCloseAtDue() {
        return closeAtDue;
    }

    public int getAttemptsAllowed() {
        return attemptsAllowed;
    }

    public Set<Long> getClassIds() {
        return Set.copyOf(classIds);
    }

    boolean isPastDue(Instant now) {
        return dueAt != null && now.isAfter(dueAt);
    }

    /** Ended for good: past due, and the teacher chose to close it then. */
    boolean hasEnded(Instant now) {
        return closeAtDue && isPastDue(now);
    }

    /** Closed: not yet open, or past due when the teacher chose to close it then. */
    boolean isClosed(Instant now) {
        return now.isBefore(opensAt) || (closeAtDue && isPastDue(now));
    }
}
