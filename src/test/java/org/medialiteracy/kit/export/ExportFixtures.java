package org.medialiteracy.kit.export;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medialiteracy.kit.analysis.Label;
import org.medialiteracy.kit.classroom.AnsweredItem;
import org.medialiteracy.kit.classroom.AssignmentMode;
import org.medialiteracy.kit.classroom.AssignmentResults;
import org.medialiteracy.kit.classroom.AssignmentStatus;
import org.medialiteracy.kit.classroom.AttemptChoice;
import org.medialiteracy.kit.classroom.RosterEntry;
import org.medialiteracy.kit.classroom.ScoredAttempt;
import org.medialiteracy.kit.classroom.StudentResult;
import org.medialiteracy.kit.lesson.Exercise;
import org.medialiteracy.kit.lesson.KeyedSentence;
import org.medialiteracy.kit.lesson.Lesson;
import org.medialiteracy.kit.lesson.LessonFiles;
import org.medialiteracy.kit.lesson.SeedTexts;
import org.medialiteracy.kit.scoring.AnswerSheet;
import org.medialiteracy.kit.scoring.ItemResult;
import org.medialiteracy.kit.scoring.ItemResults;

/** Results built in memory from a shipped lesson, scored by the real scorer, for format tests and the benchmark. */
public final class ExportFixtures {

    public static final Instant SUBMITTED = Instant.parse("2026-09-02T14:30:15.123456Z");

    private ExportFixtures() {
    }

    /** The shipped "fact or opinion" lesson: two sentence-labelling exercises, 26 scored items. */
    public static Lesson lesson() {
        return new LessonFiles(SeedTexts.directory(Path.of("seeds")))
                .read(Path.of("lessons/fact-or-opinion-balancing-act.json"));
    }

    /** An attempt answering the first {@code right} items correctly and every other item wrongly. */
    public static ScoredAttempt attempt(Lesson lesson, long attemptId, int number, int right, Instant submittedAt,
                                        boolean late) {
        AnswerSheet sheet = new AnswerSheet();
        int given = 0;
        for (Exercise exercise : lesson.exercises()) {
            for (KeyedSentence item : exercise.scoredItems(lesson, 0)) {
                Label answer = given++ < right ? item.label() : wrong(item.label());
                sheet.put(exercise.id(), String.valueOf(item.index()), answer.name());
            }
        }
        List<AnsweredItem> items = new ArrayList<>();
        int second = 0;
        for (Exercise exercise : lesson.exercises()) {
            for (ItemResult item : ItemResults.of(lesson, exercise, sheet.answersTo(exercise))) {
                items.add(new AnsweredItem(item, submittedAt.minus(Duration.ofSeconds(300 - second++))));
            }
        }
        var scores = sheet.score(lesson);
        return new ScoredAttempt(attemptId, number, scores.stream().mapToInt(s -> s.pointsEarned()).sum(),
                scores.stream().mapToInt(s -> s.pointsPossible()).sum(), submittedAt, late, scores, items);
    }

    private static Label wrong(Label key) {
        return key == Label.OPINION ? Label.REPORTED_FACT : Label.OPINION;
    }

    public static RosterEntry student(long id, String username, String displayName) {
        return new RosterEntry(id, username, displayName, 3, "Period 3");
    }

    public static StudentResult submitted(RosterEntry student, ScoredAttempt attempt) {
        return new StudentResult(student, attempt.late() ? AssignmentStatus.SUBMITTED_LATE : AssignmentStatus.SUBMITTED,
                attempt.number(), Optional.of(attempt));
    }

    public static StudentResult notSubmitted(RosterEntry student) {
        return new StudentResult(student, AssignmentStatus.NOT_STARTED, 0, Optional.empty());
    }

    public static AssignmentResults results(long id, String title, Lesson lesson, List<StudentResult> students) {
        int possible = new AnswerSheet().score(lesson).stream().mapToInt(s -> s.pointsPossible()).sum();
        return new AssignmentResults(id, title, lesson, AssignmentMode.ASSESSMENT,
                Instant.parse("2026-09-02T12:00:00Z"), possible, AttemptChoice.BEST, students);
    }
}
