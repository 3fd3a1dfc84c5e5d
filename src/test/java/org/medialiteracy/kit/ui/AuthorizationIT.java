package org.medialiteracy.kit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medialiteracy.kit.classroom.AccountService;
import org.medialiteracy.kit.classroom.AssignmentMode;
import org.medialiteracy.kit.classroom.AssignmentService;
import org.medialiteracy.kit.classroom.ClassroomService;
import org.medialiteracy.kit.classroom.NewAccount;
import org.medialiteracy.kit.classroom.NewAssignment;
import org.medialiteracy.kit.classroom.Role;
import org.medialiteracy.kit.classroom.SchoolClass;
import org.medialiteracy.kit.lesson.ExerciseType;
import org.medialiteracy.kit.lesson.KeyedSentence;
import org.medialiteracy.kit.lesson.Lesson;
import org.medialiteracy.kit.lesson.LessonLibrary;
import org.medialiteracy.kit.ui.player.LessonPlayer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** Every forbidden pair of the views, tried: nobody sees a class, a result or a key that is not theirs to see. */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class AuthorizationIT extends SpringBrowserlessTest {

    @Autowired AccountService accounts;
    @Autowired ClassroomService classrooms;
    @Autowired AssignmentService assignments;
    @Autowired LessonLibrary library;

    private long riverasClass;
    private long riverasAssignment;
    private Lesson lesson;

    @BeforeEach
    void twoTeachersAndAStudentOfEach() {
        lesson = library.lessons().stream()
                .filter(l -> l.exercises().getFirst().type() == ExerciseType.LABEL_SENTENCES).findFirst().orElseThrow();
        accounts.create(new NewAccount("rivera", "Ms Rivera", "teacher-pass"), Role.TEACHER);
        accounts.create(new NewAccount("okafor", "Mr Okafor", "teacher-pass"), Role.TEACHER);
        SchoolClass period3 = classrooms.createClass("rivera", "Period 3");
        SchoolClass okaforsClass = classrooms.createClass("okafor", "Period 7");
        riverasClass = period3.getId();
        classrooms.joinAsNewStudent(period3.getJoinCode(), new NewAccount("ana", "Ana", "student-pass"));
        classrooms.joinAsNewStudent(okaforsClass.getJoinCode(), new NewAccount("zoe", "Zoe", "student-pass"));
        riverasAssignment = assignments.assign("rivera", new NewAssignment(lesson.id().value(), lesson.title(),
                Set.of(riverasClass), AssignmentMode.ASSESSMENT, null, null, false, 1)).getId();
    }

    @Test
    @WithMockUser(username = "ana", roles = "STUDENT")
    void a_student_cannot_open_teacher_views() {
        for (String teacherView : List.of("teacher", "teacher/classes/" + riverasClass,
                "teacher/assignments/" + riverasAssignment, "teacher/lessons", "teacher/lessons/new", "teacher/colleagues",
                "teacher/lessons/" + lesson.id().value() + "/key")) {
            UI.getCurrent().navigate(teacherView);
            assertThat(getCurrentView()).as(teacherView)
                    .isNotInstanceOfAny(TeacherHomeView.class, ClassView.class, DashboardView.class, LessonsView.class,
                            LessonBuilderView.class, ColleaguesView.class, LessonKeyView.class);
        }
    }

    @Test
    @WithMockUser(username = "zoe", roles = "STUDENT")
    void public_practice_holds_back_a_lesson_a_class_has_as_a_test() {
        PracticeView view = navigate("practice/" + lesson.id().value(), PracticeView.class);
        assertThat(view.getElement().getTextRecursively()).contains("cannot be practised until the test is over");
        assertThat($(LessonPlayer.class).exists()).isFalse();
    }

    @Test
    @WithAnonymousUser
    void the_start_page_offers_every_lesson_but_the_one_under_test() {
        LandingView view = navigate("", LandingView.class);
        String page = view.getElement().getTextRecursively();
        assertThat(page).doesNotContain(lesson.title());
        library.lessons().stream().filter(l -> !l.equals(lesson)).forEach(l -> assertThat(page).contains(l.title()));
    }

    @Test
    @WithMockUser(username = "okafor", roles = "TEACHER")
    void a_teacher_can_still_try_the_lesson_under_test() {
        navigate("practice/" + lesson.id().value(), PracticeView.class);
        assertThat($(LessonPlayer.class).exists()).isTrue();
    }

    @Test
    @WithMockUser(username = "okafor", roles = "TEACHER")
    void another_teacher_cannot_open_the_dashboard_by_its_url() {
        DashboardView view = navigate("teacher/assignments/" + riverasAssignment, DashboardView.class);
        assertThat(view.getElement().getTextRecursively()).contains("Assignment not found").doesNotContain("Ana");
    }

    @Test
    @WithMockUser(username = "zoe", roles = "STUDENT")
    void a_student_of_another_class_cannot_open_the_assignment() {
        AssignmentView view = navigate("student/assignments/" + riverasAssignment, AssignmentView.class);
        assertThat(view.getElement().getTextRecursively()).contains("Assignment not found");
    }

    @Test
    @WithMockUser(username = "ana", roles = "STUDENT")
    void the_key_never_reaches_the_page_before_the_student_submits() {
        AssignmentView view = navigate("student/assignments/" + riverasAssignment, AssignmentView.class);
        String page = view.getElement().getOuterHTML();
        List<KeyedSentence> items = lesson.exercises().getFirst().scoredItems(lesson, 0);

        assertThat(page).contains(items.getFirst().text()).doesNotContain("The key says");
        test($(Button.class).id("choice-OPINION")).click();
        String afterAnswer = view.getElement().getOuterHTML();

        assertThat(afterAnswer).contains("Saved.").doesNotContain("The key says");
        for (KeyedSentence item : lesson.article().key()) {
            assertThat(page).doesNotContain(item.explanation());
            assertThat(afterAnswer).doesNotContain(item.explanation());
        }
    }
}
