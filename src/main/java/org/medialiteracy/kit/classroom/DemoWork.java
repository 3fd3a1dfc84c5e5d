package org.medialiteracy.kit.classroom;

import java.util.List;
import java.util.Random;
import org.medialiteracy.kit.analysis.Label;
import org.medialiteracy.kit.lesson.Exercise;
import org.medialiteracy.kit.lesson.ExerciseType;
import org.medialiteracy.kit.lesson.KeyedSentence;
import org.medialiteracy.kit.lesson.Lesson;

/**
 * Sample answers for the demo class, so a teacher trying the kit sees results, item analysis and exports at
 * once: each pretend student gets a share of the labels right and makes the mix-ups real students make.
 */
final class DemoWork {

    /** How one pretend student works: the share answered, the share of those right, and whether they submit. */
    record Student(String username, double answered, double right, boolean submits) {
    }

    private final AttemptService attempts;

    DemoWork(AttemptService attempts) {
        this.attempts = attempts;
    }

    void answer(Student student, long assignmentId, Lesson lesson) {
        Random dice = new Random(student.username().hashCode()); // the same demo every time
        AttemptState attempt = attempts.open(student.username(), assignmentId);
        for (Exercise exercise : lesson.exercises()) {
            if (!exercise.type().asksForLabels()) {
                continue;
            }
            List<KeyedSentence> items = exercise.scoredItems(lesson, 0);
            for (KeyedSentence item : items.subList(0, (int) Math.round(items.size() * student.answered()))) {
                Label label = dice.nextDouble() < student.right() ? item.label() : mixUp(item.label(), exercise.type());
                attempts.answer(student.username(), attempt.attemptId(), exercise.id(), String.valueOf(item.index()),
                        label.name());
            }
        }
        if (student.submits()) {
            attempts.submit(student.username(), attempt.attemptId());
        }
    }

    /** The wrong answer students most often give for each label. */
    private static Label mixUp(Label key, ExerciseType type) {
        if (type == ExerciseType.FACT_OR_OPINION) {
            return key == Label.OPINION ? Label.REPORTED_FACT : Label.OPINION;
        }
        return switch (key) {
            case OPINION -> Label.UNSUPPORTED_ASSERTION;
            case UNSUPPORTED_ASSERTION -> Label.REPORTED_FACT;
            case ANONYMOUS_SOURCE -> Label.REPORTED_FACT;
            case REPORTED_FACT -> Label.OPINION;
            case NOT_A_CLAIM -> Label.REPORTED_FACT;
        };
    }
}
