package org.medialiteracy.kit.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medialiteracy.kit.analysis.Label;
import org.medialiteracy.kit.lesson.Exercise;
import org.medialiteracy.kit.lesson.ExerciseType;
import org.medialiteracy.kit.lesson.KeyedSentence;
import org.medialiteracy.kit.lesson.Lesson;
import org.medialiteracy.kit.lesson.LessonLibrary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class GradebookServiceIT {

    @Autowired AccountService accountService;
    @Autowired ClassroomService classroomService;
    @Autowired AssignmentService assignmentService;
    @Autowired AttemptService attemptService;
    @Autowired GradebookService gradebook;
    @Autowired LessonLibrary lessons;

    private Lesson lesson;
    private Exercise exercise;
    private long assignmentId;

    @BeforeEach
    void aClassWithAnAssignmentAllowingTwoAttempts() {
        lesson = lessons.lessons().stream()
                .filter(l -> l.exercises().getFirst().type() == ExerciseType.LABEL_SENTENCES).findFirst().orElseThrow();
        exercise = lesson.exercises().getFirst();
        accountService.create(new NewAccount("rivera", "Ms Rivera", "teacher-pass"), Role.TEACHER);
        accountService.create(new NewAccount("okafor", "Mr Okafor", "teacher-pass"), Role.TEACHER);
        SchoolClass period3 = classroomService.createClass("rivera", "Period 3");
        for (String student : new String[] {"ana", "ben"}) {
            classroomService.joinAsNewStudent(period3.getJoinCode(), new NewAccount(student, student, "student-pass"));
        }
        assignmentId = assignmentService.assign("rivera", new NewAssignment(lesson.id().value(), lesson.title(),
                Set.of(period3.getId()), AssignmentMode.ASSESSMENT, null, null, false, 2)).getId();
    }

    @Test
    void best_and_last_attempt_are_chosen_as_asked() {
        List<KeyedSentence> items = exercise.scoredItems(lesson, 0);
        AttemptState first = attemptService.open("ana", assignmentId);
        attemptService.answer("ana", first.attemptId(), exercise.id(), String.valueOf(items.get(0).index()), items.get(0).label().name());
        attemptService.answer("ana", first.attemptId(), exercise.id(), String.valueOf(items.get(1).index()), items.get(1).label().name());
        attemptService.submit("ana", first.attemptId());
        AttemptState second = attemptService.open("ana", assignmentId);
        attemptService.answer("ana", second.attemptId(), exercise.id(), String.valueOf(items.get(0).index()), items.get(0).label().name());
        attemptService.submit("ana", second.attemptId());

        StudentResult best = gradebook.assignmentResults("rivera", assignmentId, AttemptChoice.BEST).students().getFirst();
        StudentResult last = gradebook.assignmentResults("rivera", assignmentId, AttemptChoice.LAST).students().getFirst();

        assertThat(best.student().username()).isEqualTo("ana");
        assertThat(best.counted()).get().extracting(ScoredAttempt::number, ScoredAttempt::pointsEarned).containsExactly(1, 2);
        assertThat(last.counted()).get().extracting(ScoredAttempt::number, ScoredAttempt::pointsEarned).containsExactly(2, 1);
        assertThat(best.attemptsUsed()).isEqualTo(2);
        assertThat(gradebook.bestOfStudent("ana")).containsOnlyKeys(assignmentId);
        assertThat(gradebook.bestOfStudent("ana").get(assignmentId).pointsEarned()).isEqualTo(2);
        assertThat(gradebook.bestOfStudent("ben")).as("only her own work").isEmpty();
    }

    @Test
    void item_detail_says_what_was_answered_and_when() {
        KeyedSentence item = exercise.scoredItems(lesson, 0).getFirst();
        Label wrong = item.label() == Label.OPINION ? Label.REPORTED_FACT : Label.OPINION;
        AttemptState attempt = attemptService.open("ben", assignmentId);
        attemptService.answer("ben", attempt.attemptId(), exercise.id(), String.valueOf(item.index()), wrong.name());
        attemptService.submit("ben", attempt.attemptId());

        ScoredAttempt scored = gradebook.assignmentResults("rivera", assignmentId, AttemptChoice.BEST).students().stream()
                .filter(s -> s.student().username().equals("ben")).findFirst().orElseThrow().counted().orElseThrow();
        AnsweredItem first = scored.items().getFirst();

        assertThat(first.result().key()).isEqualTo(item.label().name());
        assertThat(first.result().answer()).isEqualTo(wrong.name());
        assertThat(first.result().correct()).isFalse();
        assertThat(first.answeredAt()).isNotNull();
        assertThat(scored.items().get(1).answeredAt()).isNull();
        assertThat(scored.pointsEarned()).isZero();
    }

    @Test
    void students_who_have_not_submitted_are_listed_without_a_grade() {
        AssignmentResults results = gradebook.assignmentResults("rivera", assignmentId, AttemptChoice.BEST);
        assertThat(results.students()).extracting(s -> s.student().username()).containsExactly("ana", "ben");
        assertThat(results.students()).allMatch(s -> s.counted().isEmpty() && s.status() == AssignmentStatus.NOT_STARTED);
        assertThat(results.pointsPossible()).isPositive();
    }

    @Test
    void another_teacher_and_students_are_refused() {
        assertThatThrownBy(() -> gradebook.assignmentResults("okafor", assignmentId, AttemptChoice.BEST))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> gradebook.assignmentResults("ana", assignmentId, AttemptChoice.BEST))
                .isInstanceOf(AccessDeniedException.class);
    }
}
