package org.medialiteracy.kit.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medialiteracy.kit.support.MutableClock;
import org.medialiteracy.kit.support.TestClockConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
@Import(TestClockConfig.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class AttemptServiceIT {

    @Autowired AccountService accountService;
    @Autowired ClassroomService classroomService;
    @Autowired AssignmentService assignmentService;
    @Autowired AttemptService attemptService;
    @Autowired MutableClock clock;

    private SchoolClass period3;

    @BeforeEach
    void aTeacherWithAClassOfTwo() {
        accountService.create(new NewAccount("rivera", "Ms Rivera", "teacher-pass"), Role.TEACHER);
        accountService.create(new NewAccount("other", "Mr Other", "teacher-pass"), Role.TEACHER);
        period3 = classroomService.createClass("rivera", "Period 3");
        for (String student : new String[] {"ana", "ben"}) {
            accountService.create(new NewAccount(student, student, "student-pass"), Role.STUDENT);
            classroomService.join(student, period3.getJoinCode());
        }
        accountService.create(new NewAccount("zoe", "Zoe", "student-pass"), Role.STUDENT);
    }

    private Assignment assignDueInOneDay(boolean closeAtDue, int attempts) {
        return assignmentService.assign("rivera", new NewAssignment("lesson-1", "Fact or opinion",
                Set.of(period3.getId()), AssignmentMode.ASSESSMENT, null,
                TestClockConfig.START.plus(Duration.ofDays(1)), closeAtDue, attempts));
    }

    @Test
    void a_test_keeps_its_lesson_out_of_practice_until_it_closes_at_its_due_date() {
        assignDueInOneDay(true, 1);
        assignmentService.assign("rivera", new NewAssignment("lesson-2", "Practice run", Set.of(period3.getId()),
                AssignmentMode.PRACTICE, null, null, false, 1));
        assertThat(assignmentService.lessonsUnderTest()).containsExactly("lesson-1");

        clock.advance(Duration.ofDays(2));
        assertThat(assignmentService.lessonsUnderTest()).isEmpty();
    }

    @Test
    void a_test_that_takes_late_work_keeps_its_lesson_out_of_practice() {
        assignDueInOneDay(false, 1);
        clock.advance(Duration.ofDays(2));
        assertThat(assignmentService.lessonsUnderTest()).containsExactly("lesson-1");
    }

    @Test
    void every_answer_is_stored_when_it_is_given_and_reopening_resumes() {
        Assignment assignment = assignDueInOneDay(false, 1);
        AttemptState attempt = attemptService.open("ana", assignment.getId());
        attemptService.answer("ana", attempt.attemptId(), "ex1", "3", "OPINION");
        attemptService.answer("ana", attempt.attemptId(), "ex1", "3", "REPORTED_FACT");
        attemptService.answer("ana", attempt.attemptId(), "ex1", "4", "OPINION");

        AttemptState resumed = attemptService.open("ana", assignment.getId());

        assertThat(resumed.attemptId()).isEqualTo(attempt.attemptId());
        assertThat(resumed.answers()).extracting(GivenAnswer::item, GivenAnswer::response)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("3", "REPORTED_FACT"),
                        org.assertj.core.groups.Tuple.tuple("4", "OPINION"));
    }

    @Test
    void submitting_twice_records_one_submission() {
        Assignment assignment = assignDueInOneDay(false, 1);
        AttemptState attempt = attemptService.open("ana", assignment.getId());
        AttemptState first = attemptService.submit("ana", attempt.attemptId());
        clock.advance(Duration.ofMinutes(5));
        AttemptState second = attemptService.submit("ana", attempt.attemptId());

        assertThat(second.submittedAt()).isEqualTo(first.submittedAt());
        assertThat(assignmentService.assignmentsOfStudent("ana").getFirst().status()).isEqualTo(AssignmentStatus.SUBMITTED);
        assertThatThrownBy(() -> attemptService.answer("ana", attempt.attemptId(), "ex1", "1", "OPINION"))
                .isInstanceOf(AttemptProblem.class);
    }

    @Test
    void late_submission_is_flagged_not_lost() {
        Assignment assignment = assignDueInOneDay(false, 1);
        AttemptState attempt = attemptService.open("ana", assignment.getId());
        attemptService.answer("ana", attempt.attemptId(), "ex1", "1", "OPINION");
        clock.advance(Duration.ofDays(2));
        assertThat(assignmentService.assignmentsOfStudent("ana").getFirst().status()).isEqualTo(AssignmentStatus.LATE);

        AttemptState submitted = attemptService.submit("ana", attempt.attemptId());

        assertThat(submitted.late()).isTrue();
        assertThat(submitted.answers()).hasSize(1);
        assertThat(assignmentService.assignmentsOfStudent("ana").getFirst().status()).isEqualTo(AssignmentStatus.SUBMITTED_LATE);
    }

    @Test
    void an_assignment_closed_at_its_due_date_takes_no_more_answers() {
        Assignment assignment = assignDueInOneDay(true, 1);
        AttemptState attempt = attemptService.open("ana", assignment.getId());
        clock.advance(Duration.ofDays(2));

        assertThatThrownBy(() -> attemptService.answer("ana", attempt.attemptId(), "ex1", "1", "OPINION"))
                .isInstanceOf(AttemptProblem.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> attemptService.submit("ana", attempt.attemptId())).isInstanceOf(AttemptProblem.class);
    }

    @Test
    void a_second_attempt_starts_only_while_attempts_remain() {
        Assignment assignment = assignDueInOneDay(false, 2);
        AttemptState first = attemptService.open("ana", assignment.getId());
        attemptService.submit("ana", first.attemptId());
        AttemptState second = attemptService.open("ana", assignment.getId());
        attemptService.submit("ana", second.attemptId());
        AttemptState again = attemptService.open("ana", assignment.getId());

        assertThat(second.number()).isEqualTo(2);
        assertThat(again.attemptId()).isEqualTo(second.attemptId());
    }

    @Test
    void a_student_cannot_touch_another_students_attempt() {
        Assignment assignment = assignDueInOneDay(false, 1);
        AttemptState anas = attemptService.open("ana", assignment.getId());

        assertThatThrownBy(() -> attemptService.state("ben", anas.attemptId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attemptService.answer("ben", anas.attemptId(), "ex1", "1", "OPINION"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attemptService.submit("ben", anas.attemptId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_student_outside_the_class_cannot_open_its_assignment() {
        Assignment assignment = assignDueInOneDay(false, 1);
        assertThatThrownBy(() -> attemptService.open("zoe", assignment.getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(assignmentService.assignmentsOfStudent("zoe")).isEmpty();
    }

    @Test
    void a_teacher_cannot_assign_to_another_teachers_class() {
        assertThatThrownBy(() -> assignmentService.assign("other", new NewAssignment("lesson-1", "x",
                Set.of(period3.getId()), AssignmentMode.PRACTICE, null, null, false, 1)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
