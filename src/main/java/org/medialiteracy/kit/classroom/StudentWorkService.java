package org.medialiteracy.kit.classroom;

import java.util.List;
import java.util.Map;
import org.medialiteracy.kit.lesson.Lesson;
import org.medialiteracy.kit.lesson.LessonId;
import org.medialiteracy.kit.lesson.LessonLibrary;
import org.medialiteracy.kit.scoring.AnswerSheet;
import org.medialiteracy.kit.scoring.AttemptScore;
import org.springframework.stereotype.Service;

/** What a student's assignment screen needs: the attempt with its answers, its lesson, and the scores once submitted. */
@Service
public class StudentWorkService {

    private final AttemptService attempts;
    private final AssignmentService assignments;
    private final LessonLibrary lessons;
    private final GradebookService gradebook;

    StudentWorkService(AttemptService attempts, AssignmentService assignments, LessonLibrary lessons,
                       GradebookService gradebook) {
        this.attempts = attempts;
        this.assignments = assignments;
        this.lessons = lessons;
        this.gradebook = gradebook;
    }

    public List<StudentAssignment> assignments(String student) {
        return assignments.assignmentsOfStudent(student);
    }

    /** The student's best submitted attempt per assignment id, scored as the teacher sees it. */
    public Map<Long, ScoredAttempt> bestScores(String student) {
        return gradebook.bestOfStudent(student);
    }

    /** Resumes (or starts) the student's attempt; the lesson must still be in the library. */
    public Work open(String student, long assignmentId) {
        AttemptState attempt = attempts.open(student, assignmentId);
        Lesson lesson = lessons.find(new LessonId(attempt.lessonId()))
                .orElseThrow(() -> new AttemptProblem("The lesson of this assignment is missing. Please tell your teacher."));
        return new Work(attempt, lesson, sheetOf(attempt));
    }

    public void answer(String student, long attemptId, String exerciseId, String item, String response) {
        attempts.answer(student, attemptId, exerciseId, item, response);
    }

    /** Submits once and scores from what is stored, so the score is the one the teacher sees. */
    public List<AttemptScore> submit(String student, long attemptId, Lesson lesson) {
        return sheetOf(attempts.submit(student, attemptId)).score(lesson);
    }

    static AnswerSheet sheetOf(AttemptState attempt) {
        AnswerSheet sheet = new AnswerSheet();
        attempt.answers().forEach(a -> sheet.put(a.exerciseId(), a.item(), a.response()));
        return sheet;
    }

    /** An opened assignment. */
    public record Work(AttemptState attempt, Lesson lesson, AnswerSheet answers) {
    }
}
