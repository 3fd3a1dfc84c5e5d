package org.medialiteracy.kit.classroom;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Teachers assign lessons to their classes; students see what is assigned to them. */
@Service
public class AssignmentService {

    private final AssignmentRepository assignments;
    private final AttemptRepository attempts;
    private final SchoolClassRepository classes;
    private final UserAccountRepository accounts;
    private final Clock clock;

    AssignmentService(AssignmentRepository assignments, AttemptRepository attempts, SchoolClassRepository classes,
                      UserAccountRepository accounts, Clock clock) {
        this.assignments = assignments;
        this.attempts = attempts;
        this.classes = classes;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Only the teacher's own classes can be picked. */
    @Transactional
    public Assignment assign(String teacherUsername, NewAssignment request) {
        UserAccount teacher = Accounts.require(accounts, teacherUsername, Role.TEACHER);
        Set<Long> own = classes.findByTeacherIdOrderByName(teacher.getId()).stream()
                .map(SchoolClass::getId).collect(Collectors.toSet());
        if (!own.containsAll(request.classIds())) {
            throw new AccessDeniedException("You can only assign lessons to your own classes.");
        }
        return assignments.save(new Assignment(teacher.getId(), request, clock.instant()));
    }

    /**
     * Lessons that some class has as a test that has not ended: public practice, which shows the key after each
     * answer, holds them back, or a student could read the key there first.
     */
    @Transactional(readOnly = true)
    public Set<String> lessonsUnderTest() {
        Instant now = clock.instant();
        return assignments.findByMode(AssignmentMode.ASSESSMENT).stream().filter(a -> !a.hasEnded(now))
                .map(Assignment::getLessonId).collect(Collectors.toSet());
    }

    @Transactional(readOnly = true)
    public List<TeacherAssignment> assignmentsOfTeacher(String teacherUsername) {
        UserAccount teacher = Accounts.require(accounts, teacherUsername, Role.TEACHER);
        return assignments.findByTeacherIdOrderByCreatedAtDesc(teacher.getId()).stream()
                .map(a -> new TeacherAssignment(a.getId(), a.getTitle(), a.getLessonId(), a.getMode(), a.getOpensAt(),
                        a.getDueAt(), classes.findAllById(a.getClassIds()).stream().map(SchoolClass::getName).sorted().toList()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<StudentAssignment> assignmentsOfStudent(String studentUsername) {
        UserAccount student = Accounts.require(accounts, studentUsername, Role.STUDENT);
        Instant now = clock.instant();
        return assignments.findForStudent(student.getId()).stream()
                .map(a -> summarise(a, attempts.findByAssignmentIdAndStudentIdOrderByNumber(a.getId(), student.getId()), now))
                .sorted(Comparator.comparing(StudentAssignment::dueAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    static StudentAssignment summarise(Assignment assignment, List<Attempt> tries, Instant now) {
        return new StudentAssignment(assignment.getId(), assignment.getTitle(), assignment.getLessonId(),
                assignment.getMode(), assignment.getDueAt(), status(assignment, tries, now), tries.size(),
                assignment.getAttemptsAllowed());
    }

    static AssignmentStatus status(Assignment assignment, List<Attempt> tries, Instant now) {
        if (now.isBefore(assignment.getOpensAt())) {
            return AssignmentStatus.NOT_OPEN_YET;
        }
        Attempt last = tries.isEmpty() ? null : tries.getLast();
        if (last != null && last.isSubmitted()) {
            return last.isLate() ? AssignmentStatus.SUBMITTED_LATE : AssignmentStatus.SUBMITTED;
        }
        if (assignment.isClosed(now)) {
            return AssignmentStatus.CLOSED;
        }
        if (assignment.isPastDue(now)) {
            return AssignmentStatus.LATE;
        }
        return last == null ? AssignmentStatus.NOT_STARTED : AssignmentStatus.IN_PROGRESS;
    }
}
