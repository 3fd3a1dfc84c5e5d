package org.medialiteracy.kit.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class ClassroomServiceIT {

    @Autowired AccountService accountService;
    @Autowired ClassroomService classroomService;
    @Autowired UserAccountRepository accounts;
    @Autowired PasswordEncoder passwordEncoder;

    private SchoolClass riverasClass;

    @BeforeEach
    void twoTeachers() {
        accountService.create(new NewAccount("rivera", "Ms Rivera", "teacher-pass"), Role.TEACHER);
        accountService.create(new NewAccount("okafor", "Mr Okafor", "teacher-pass"), Role.TEACHER);
        riverasClass = classroomService.createClass("rivera", "Period 3");
    }

    @Test
    void roster_import_adds_everyone_and_makes_up_missing_passwords() {
        List<ImportedStudent> imported = classroomService.importRoster("rivera", riverasClass.getId(),
                new StringReader("username,name,password\nana,Ana,ana-password\nben,Ben,\n"));

        assertThat(imported).extracting(ImportedStudent::username).containsExactly("ana", "ben");
        assertThat(imported.get(0).generatedPassword()).isNull();
        assertThat(imported.get(1).generatedPassword()).hasSize(10);
        assertThat(classroomService.studentsOf("rivera", riverasClass.getId())).hasSize(2);
    }

    @Test
    void roster_with_a_bad_row_adds_nobody_and_names_the_line() {
        assertThatThrownBy(() -> classroomService.importRoster("rivera", riverasClass.getId(),
                new StringReader("username,name\nana,Ana\nno spaces allowed,X\n")))
                .isInstanceOf(AccountProblem.class).hasMessageContaining("Line 3");
        assertThat(classroomService.studentsOf("rivera", riverasClass.getId())).isEmpty();
        assertThat(accountService.findByUsername("ana")).isEmpty();
    }

    @Test
    void roster_without_a_username_column_is_refused() {
        assertThatThrownBy(() -> classroomService.importRoster("rivera", riverasClass.getId(),
                new StringReader("first,last\nAna,Lopez\n"))).isInstanceOf(AccountProblem.class)
                .hasMessageContaining("username");
    }

    @Test
    void a_teacher_resets_the_password_of_a_student_in_their_class() {
        classroomService.addStudent("rivera", riverasClass.getId(), new NewAccount("ana", "Ana", "first-password"));
        long anaId = accountService.findByUsername("ana").orElseThrow().getId();

        classroomService.resetPassword("rivera", riverasClass.getId(), anaId, "second-password");

        assertThat(passwordEncoder.matches("second-password", accounts.findById(anaId).orElseThrow().getPasswordHash())).isTrue();
    }

    @Test
    void another_teacher_can_neither_see_nor_change_the_class() {
        classroomService.addStudent("rivera", riverasClass.getId(), new NewAccount("ana", "Ana", "first-password"));
        long anaId = accountService.findByUsername("ana").orElseThrow().getId();
        long classId = riverasClass.getId();

        assertThatThrownBy(() -> classroomService.classOfTeacher("okafor", classId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> classroomService.studentsOf("okafor", classId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> classroomService.rename("okafor", classId, "Mine now")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> classroomService.resetPassword("okafor", classId, anaId, "hijacked-pass"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(classroomService.classesOfTeacher("okafor")).isEmpty();
    }

    @Test
    void a_student_is_no_teacher() {
        classroomService.addStudent("rivera", riverasClass.getId(), new NewAccount("ana", "Ana", "first-password"));
        assertThatThrownBy(() -> classroomService.classesOfTeacher("ana")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_new_join_code_stops_the_old_one() {
        String old = riverasClass.getJoinCode();
        String fresh = classroomService.regenerateJoinCode("rivera", riverasClass.getId());
        assertThat(fresh).isNotEqualTo(old);
        assertThatThrownBy(() -> classroomService.joinAsNewStudent(old, new NewAccount("ana", "Ana", "ana-password")))
                .isInstanceOf(AccountProblem.class);
        assertThat(accountService.findByUsername("ana")).isEmpty();
    }

    @Test
    void an_archived_class_takes_no_new_students() {
        classroomService.setArchived("rivera", riverasClass.getId(), true);
        assertThatThrownBy(() -> classroomService.joinAsNewStudent(riverasClass.getJoinCode(),
                new NewAccount("ana", "Ana", "ana-password"))).isInstanceOf(AccountProblem.class);
    }

    @Test
    void a_teacher_creates_a_colleague_and_a_student_cannot() {
        accountService.createTeacher("rivera", new NewAccount("lee", "Ms Lee", "teacher-pass"));
        classroomService.addStudent("rivera", riverasClass.getId(), new NewAccount("ana", "Ana", "first-password"));

        assertThat(accountService.findByUsername("lee")).get().extracting(UserAccount::getRole).isEqualTo(Role.TEACHER);
        assertThatThrownBy(() -> accountService.createTeacher("ana", new NewAccount("eve", "Eve", "teacher-pass")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(accountService.findByUsername("eve")).isEmpty();
    }
}
