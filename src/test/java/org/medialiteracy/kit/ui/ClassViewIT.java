package org.medialiteracy.kit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medialiteracy.kit.classroom.AccountService;
import org.medialiteracy.kit.classroom.ClassroomService;
import org.medialiteracy.kit.classroom.NewAccount;
import org.medialiteracy.kit.classroom.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** Browserless: a teacher manages a class, and cannot open another teacher's class by its URL. */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class ClassViewIT extends SpringBrowserlessTest {

    @Autowired AccountService accounts;
    @Autowired ClassroomService classrooms;
    private long riverasClassId;

    @BeforeEach
    void twoTeachers() {
        accounts.create(new NewAccount("rivera", "Ms Rivera", "teacher-pass"), Role.TEACHER);
        accounts.create(new NewAccount("okafor", "Mr Okafor", "teacher-pass"), Role.TEACHER);
        riverasClassId = classrooms.createClass("rivera", "Period 3").getId();
    }

    @Test
    @WithMockUser(username = "rivera", roles = "TEACHER")
    void teacher_adds_a_student_by_hand() {
        ClassView view = navigate("teacher/classes/" + riverasClassId, ClassView.class);
        test(view.studentName).setValue("Ana");
        test(view.studentUsername).setValue("ana");
        test(view.studentPassword).setValue("ana-password");
        test(view.addStudent).click();

        assertThat(test(view.roster).size()).isEqualTo(1);
        assertThat(classrooms.studentsOf("rivera", riverasClassId)).extracting("username").containsExactly("ana");
    }

    @Test
    @WithMockUser(username = "okafor", roles = "TEACHER")
    void another_teacher_opening_the_class_by_url_sees_nothing_of_it() {
        ClassView view = navigate("teacher/classes/" + riverasClassId, ClassView.class);
        assertThat(view.title.getText()).isEqualTo("Class not found");
        assertThat(view.roster.isAttached()).isFalse();
        assertThat(view.name.isAttached()).isFalse();
    }
}
