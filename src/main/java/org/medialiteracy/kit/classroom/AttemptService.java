package org.medialiteracy.kit.classroom;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A student's attempts: resumed where they left off, every answer stored as it is given, submitted once. */
@Service
public class AttemptService {

    private final AssignmentRepository assignments;
    private final AttemptRepository attempts;
    private final AnswerRepository answers;
    private final EnrolmentRepository enrolments;
    private final UserAccountRepository accounts;
    private final Clock clock;

    AttemptService(AssignmentRepository assignments, AttemptRepository attempts, AnswerRepository answers,
                   EnrolmentRepository enrolments, UserAccountRepository accounts, Clock clock) {
        this.assignments = assignments;
        this.attempts = attempts;
        this.answers = answers;
        this.enrolments = enrolments;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The attempt in progress, or a new one while attempts remain, or else the last submitted one. */
    @Transactional
    public AttemptState open(String studentUsername, long assignmentId) {
        UserAccount student = Accounts.require(accounts, studentUsername, Role.STUDENT);
        Assignment assignment = assignmentFor(student, assignmentId);
        List<Attempt> tries = attempts.findByAssignmentIdAndStudentIdOrderByNumber(assignmentId, student.getId());
        Attempt last = tries.isEmpty() ? null : tries.getLast();
        if (last != null && (!last.isSubmitted() || tries.size() >= assignment.getAttemptsAllowed())) {
            return state(assignment, last);
        }
        Instant now = clock.instant();
        if (assignment.isClosed(now)) {
            throw new AttemptProblem(now.isBefore(assignment.getOpensAt())
                    ? "This assignment is not open yet." : "This assignment closed at its due date.");
        }
        Attempt fresh = attempts.save(new Attempt(assignmentId, student.getId(), tries.size() + 1, now));
        return state(assignment, fresh);
    }

    /** Stores one answer at once; a null response takes it back (an unpicked sentence, an unmarked span). */
    @Transactional
    public void answer(String studentUsername, long attemptId, String exerciseId, String item, String response) {
        Attempt attempt = ownOpenAttempt(studentUsername, attemptId);
        Answer.Key key = new Answer.Key(attempt.getId(), exerciseId, item);
        Instant now = clock.instant();
        if (response == null) {
            answers.deleteById(key);
            return;
        }
        answers.findById(key).ifPresentOrElse(existing -> existing.change(response, now),
                () -> answers.save(new Answer(key, response, now)));
    }

    /** Submitting twice records one submission; a late one is kept and flagged. */
    @Transactional
    public AttemptState submit(String studentUsername, long attemptId) {
        UserAccount student = Accounts.require(accounts, studentUsername, Role.STUDENT);
        Attempt attempt = ownAttempt(student, attemptId);
        Assignment assignment = assignments.findById(attempt.getAssignmentId()).orElseThrow();
        if (!attempt.isSubmitted()) {
            Instant now = clock.instant();
            if (assignment.isClosed(now)) {
                throw new AttemptProblem("This assignment closed at its due date, so it can no longer be submitted.");
            }
            attempt.submit(now, assignment.isPastDue(now));
            attempts.saveAndFlush(attempt);
        }
        return state(assignment, attempt);
    }

    @Transactional(readOnly = true)
    public AttemptState state(String studentUsername, long attemptId) {
        UserAccount student = Accounts.require(accounts, studentUsername, Role.STUDENT);
        Attempt attempt = ownAttempt(student, attemptId);
        return state(assignments.findById(attempt.getAssignmentId()).orElseThrow(), attempt);
    }

    private Attempt ownOpenAttempt(String studentUsername, long attemptId) {
        UserAccount student = Accounts.require(accounts, studentUsername, Role.STUDENT);
        Attempt attempt = ownAttempt(student, attemptId);
        if (attempt.isSubmitted()) {
            throw new AttemptProblem("This attempt is already submitted; its answers can no longer change.");
        }
        Assignment assignment = assignments.findById(attempt.getAssignmentId()).orElseThrow();
        if (assignment.isClosed(clock.instant())) {
            throw new AttemptProblem("This assignment closed at its due date.");
        }
        return attempt;
    }

    private Attempt ownAttempt(UserAccount student, long attemptId) {
        return attempts.findById(attemptId)
                .filter(a -> a.getStudentId().equals(student.getId()))
                .orElseThrow(() -> new AccessDeniedException("This is not your attempt."));
    }

    private Assignment assignmentFor(UserAccount student, long assignmentId) {
        return assignments.findById(assignmentId)
                .filter(a -> a.getClassIds().stream()
                        .anyMatch(classId -> enrolments.existsById(new Enrolment.Key(classId, student.getId()))))
                .orElseThrow(() -> new AccessDeniedException("This assignment is not for you."));
    }

    private AttemptState state(Assignment assignment, Attempt attempt) {
        List<GivenAnswer> given = answers.findByKeyAttemptId(attempt.getId()).stream()
                .map(a -> new GivenAnswer(a.key().exerciseId(), a.key().item(), a.response(), a.answeredAt()))
                .toList();
        return new AttemptState(attempt.getId(), assignment.getId(), assignment.getLessonId(), assignment.getTitle(),
                assignment.getMode(), attempt.getNumber(), assignment.getAttemptsAllowed(), attempt.getSubmittedAt(),
                attempt.isLate(), given);
    }
}
