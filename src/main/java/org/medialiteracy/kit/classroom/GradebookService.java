package org.medialiteracy.kit.classroom;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.medialiteracy.kit.lesson.Exercise;
import org.medialiteracy.kit.lesson.Lesson;
import org.medialiteracy.kit.lesson.LessonId;
import org.medialiteracy.kit.lesson.LessonLibrary;
import org.medialiteracy.kit.scoring.AnswerSheet;
import org.medialiteracy.kit.scoring.AttemptScore;
import org.medialiteracy.kit.scoring.ItemResult;
import org.medialiteracy.kit.scoring.ItemResults;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scores the submitted attempts of a teacher's assignments, for the dashboard and the exports alike, so both
 * show the same numbers. Reads an assignment's attempts and answers in two queries, whatever the class size.
 */
@Service
public class GradebookService {

    private final AssignmentRepository assignments;
    private final AttemptRepository attempts;
    private final AnswerRepository answers;
    private final SchoolClassRepository classes;
    private final UserAccountRepository accounts;
    private final LessonLibrary lessons;
    private final Clock clock;

    GradebookService(AssignmentRepository assignments, AttemptRepository attempts, AnswerRepository answers,
                     SchoolClassRepository classes, UserAccountRepository accounts, LessonLibrary lessons, Clock clock) {
        this.assignments = assignments;
        this.attempts = attempts;
        this.answers = answers;
        this.classes = classes;
        this.accounts = accounts;
        this.lessons = lessons;
        this.clock = clock;
    }

    /** One assignment, every student of its classes; only the teacher who made it may look. */
    @Transactional(readOnly = true)
    public AssignmentResults assignmentResults(String teacherUsername, long assignmentId, AttemptChoice choice) {
        Assignment assignment = ownAssignment(teacherUsername, assignmentId);
        return results(assignment, accounts.findRoster(assignment.getClassIds()), choice);
    }

    /** One class across all its assignments, oldest first. */
    @Transactional(readOnly = true)
    public List<AssignmentResults> classResults(String teacherUsername, long classId, AttemptChoice choice) {
        UserAccount teacher = Accounts.require(accounts, teacherUsername, Role.TEACHER);
        SchoolClass schoolClass = classes.findById(classId).filter(c -> c.getTeacherId().equals(teacher.getId()))
                .orElseThrow(() -> new AccessDeniedException("This class is not one of yours."));
        List<RosterEntry> roster = accounts.findRoster(List.of(schoolClass.getId()));
        return assignments.findByTeacherIdOrderByCreatedAtDesc(teacher.getId()).reversed().stream()
                .filter(a -> a.getClassIds().contains(schoolClass.getId()))
                .map(a -> results(a, roster, choice))
                .toList();
    }

    /** A student's own best submitted attempt for each of their assignments that has one. */
    @Transactional(readOnly = true)
    public Map<Long, ScoredAttempt> bestOfStudent(String studentUsername) {
        UserAccount student = Accounts.require(accounts, studentUsername, Role.STUDENT);
        Map<Long, ScoredAttempt> best = new HashMap<>();
        for (Assignment assignment : assignments.findForStudent(student.getId())) {
            List<Attempt> submitted = attempts.findByAssignmentIdAndStudentIdOrderByNumber(assignment.getId(),
                    student.getId()).stream().filter(Attempt::isSubmitted).toList();
            Map<Long, List<Answer>> answersByAttempt = answersOf(submitted);
            // a lesson gone from the folder is reported when the assignment is opened, not here
            lessons.find(new LessonId(assignment.getLessonId())).flatMap(lesson -> counted(submitted.stream()
                            .map(t -> score(lesson, t, answersByAttempt.getOrDefault(t.getId(), List.of()))).toList(),
                            AttemptChoice.BEST))
                    .ifPresent(attempt -> best.put(assignment.getId(), attempt));
        }
        return best;
    }

    private Lesson lessonOf(Assignment assignment) {
        return lessons.find(new LessonId(assignment.getLessonId()))
                .orElseThrow(() -> new AttemptProblem("The lesson '" + assignment.getLessonId() + "' is missing from the lessons folder."));
    }

    Assignment ownAssignment(String teacherUsername, long assignmentId) {
        UserAccount teacher = Accounts.require(accounts, teacherUsername, Role.TEACHER);
        return assignments.findById(assignmentId).filter(a -> a.getTeacherId().equals(teacher.getId()))
                .orElseThrow(() -> new AccessDeniedException("This assignment is not one of yours."));
    }

    private AssignmentResults results(Assignment assignment, List<RosterEntry> roster, AttemptChoice choice) {
        Lesson lesson = lessonOf(assignment);
        List<Attempt> all = attempts.findByAssignmentIdOrderByStudentIdAscNumberAsc(assignment.getId());
        Map<Long, List<Answer>> answersByAttempt = answersOf(all);
        Map<Long, List<Attempt>> attemptsByStudent = all.stream().collect(Collectors.groupingBy(Attempt::getStudentId));
        Instant now = clock.instant();
        Map<Long, StudentResult> byStudent = new LinkedHashMap<>();
        for (RosterEntry student : roster) {
            byStudent.computeIfAbsent(student.studentId(), id -> {
                List<Attempt> tries = attemptsByStudent.getOrDefault(id, List.of());
                Optional<ScoredAttempt> counted = counted(tries.stream().filter(Attempt::isSubmitted)
                        .map(t -> score(lesson, t, answersByAttempt.getOrDefault(t.getId(), List.of()))).toList(), choice);
                return new StudentResult(student, AssignmentService.status(assignment, tries, now), tries.size(), counted);
            });
        }
        int possible = new AnswerSheet().score(lesson).stream().mapToInt(AttemptScore::pointsPossible).sum();
        return new AssignmentResults(assignment.getId(), assignment.getTitle(), lesson, assignment.getMode(),
                assignment.getDueAt(), possible, choice, new ArrayList<>(byStudent.values()));
    }

    /** Every answer of these attempts, in one query (none for no attempts), by attempt id. */
    private Map<Long, List<Answer>> answersOf(List<Attempt> tries) {
        return tries.isEmpty() ? Map.of() : answers.findByKeyAttemptIdIn(tries.stream().map(Attempt::getId).toList())
                .stream().collect(Collectors.groupingBy(a -> a.key().attemptId()));
    }

    static Optional<ScoredAttempt> counted(List<ScoredAttempt> submitted, AttemptChoice choice) {
        return switch (choice) {
            case LAST -> submitted.stream().max(Comparator.comparingInt(ScoredAttempt::number));
            case BEST -> submitted.stream().max(Comparator.comparingInt(ScoredAttempt::pointsEarned)
                    .thenComparing(Comparator.comparingInt(ScoredAttempt::number).reversed()));
        };
    }

    static ScoredAttempt score(Lesson lesson, Attempt attempt, List<Answer> given) {
        AnswerSheet sheet = new AnswerSheet();
        Map<String, Instant> answeredAt = new HashMap<>();
        for (Answer answer : given) {
            sheet.put(answer.key().exerciseId(), answer.key().item(), answer.response());
            answeredAt.put(answer.key().exerciseId() + "/" + answer.key().item(), answer.answeredAt());
            answeredAt.merge(answer.key().exerciseId(), answer.answeredAt(), (a, b) -> a.isAfter(b) ? a : b);
        }
        List<AttemptScore> scores = sheet.score(lesson);
        List<AnsweredItem> items = new ArrayList<>();
        for (Exercise exercise : lesson.exercises()) {
            for (ItemResult item : ItemResults.of(lesson, exercise, sheet.answersTo(exercise))) {
                items.add(new AnsweredItem(item, item.answer().isEmpty() ? null : answeredAt(answeredAt, item)));
            }
        }
        return new ScoredAttempt(attempt.getId(), attempt.getNumber(),
                scores.stream().mapToInt(AttemptScore::pointsEarned).sum(),
                scores.stream().mapToInt(AttemptScore::pointsPossible).sum(),
                attempt.getSubmittedAt(), attempt.isLate(), scores, items);
    }

    /** Sentence items have their own time; a span or a prediction takes the exercise's last answer. */
    private static Instant answeredAt(Map<String, Instant> answeredAt, ItemResult item) {
        Instant own = answeredAt.get(item.exerciseId() + "/" + item.sentence());
        return own != null ? own : answeredAt.get(item.exerciseId());
    }
}
