package org.medialiteracy.kit.classroom;

import java.io.Reader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Classes and their students; every method checks who is asking. */
@Service
public class ClassroomService {

    private final SchoolClassRepository classes;
    private final EnrolmentRepository enrolments;
    private final UserAccountRepository accounts;
    private final AccountService accountService;
    private final Clock clock;
    private final JoinCodes joinCodes = new JoinCodes();

    ClassroomService(SchoolClassRepository classes, EnrolmentRepository enrolments,
                     UserAccountRepository accounts, AccountService accountService, Clock clock) {
        this.classes = classes;
        this.enrolments = enrolments;
        this.accounts = accounts;
        this.accountService = accountService;
        this.clock = clock;
    }

    @Transactional
    public SchoolClass createClass(String teacherUsername, String name) {
        UserAccount teacher = Accounts.require(accounts, teacherUsername, Role.TEACHER);
        return classes.save(new SchoolClass(validName(name), teacher.getId(), freshJoinCode(), clock.instant()));
    }

    /** A student joins a class by its code; joining twice is harmless. */
    @Transactional
    public SchoolClass join(String studentUsername, String joinCode) {
        UserAccount student = Accounts.require(accounts, studentUsername, Role.STUDENT);
        return enrol(student, openClassWithCode(joinCode));
    }

    /** A new student picks a username and password and joins in one step; nothing is created for a wrong code. */
    @Transactional
    public SchoolClass joinAsNewStudent(String joinCode, NewAccount request) {
        SchoolClass schoolClass = openClassWithCode(joinCode);
        return enrol(accountService.create(request, Role.STUDENT), schoolClass);
    }

    private SchoolClass openClassWithCode(String joinCode) {
        String code = joinCode == null ? "" : joinCode.strip().toUpperCase(Locale.ROOT);
        return classes.findByJoinCode(code)
                .filter(c -> !c.isArchived())
                .orElseThrow(() -> new AccountProblem("No open class has the code '" + code + "'. Check it with your teacher."));
    }

    private SchoolClass enrol(UserAccount student, SchoolClass schoolClass) {
        Enrolment.Key key = new Enrolment.Key(schoolClass.getId(), student.getId());
        if (!enrolments.existsById(key)) {
            enrolments.save(new Enrolment(schoolClass.getId(), student.getId(), clock.instant()));
        }
        return schoolClass;
    }

    @Transactional(readOnly = true)
    public List<ClassSummary> classesOfTeacher(String teacherUsername) {
        UserAccount teacher = Accounts.require(accounts, teacherUsername, Role.TEACHER);
        return classes.findByTeacherIdOrderByName(teacher.getId()).stream()
                .map(this::summary)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<String> classNamesOfStudent(String studentUsername) {
        UserAccount student = Accounts.require(accounts, studentUsername, Role.STUDENT);
        return classes.findJoinedBy(student.getId()).stream().map(SchoolClass::getName).toList();
    }

    private String freshJoinCode() {
        String code;
        do {
            code = joinCodes.next();
        } while (classes.existsByJoinCode(code));
        return code;
    }

    @Transactional
    public void rename(String teacherUsername, long classId, String newName) {
        SchoolClass schoolClass = ownClass(teacherUsername, classId);
        schoolClass.setName(validName(newName));
    }

    @Transactional
    public void setArchived(String teacherUsername, long classId, boolean archived) {
        ownClass(teacherUsername, classId).setArchived(archived);
    }

    /** A new code stops the old one from working, e.g. after it was shared outside the class. */
    @Transactional
    public String regenerateJoinCode(String teacherUsername, long classId) {
        SchoolClass schoolClass = ownClass(teacherUsername, classId);
        schoolClass.setJoinCode(freshJoinCode());
        return schoolClass.getJoinCode();
    }

    @Transactional(readOnly = true)
    public ClassSummary classOfTeacher(String teacherUsername, long classId) {
        return summary(ownClass(teacherUsername, classId));
    }

    @Transactional(readOnly = true)
    public List<StudentSummary> studentsOf(String teacherUsername, long classId) {
        SchoolClass schoolClass = ownClass(teacherUsername, classId);
        return accounts.findStudentsOfClass(schoolClass.getId()).stream()
                .map(a -> new StudentSummary(a.getId(), a.getUsername(), a.getDisplayName()))
                .toList();
    }

    /** The teacher adds a student by hand; the student signs in with the password the teacher hands over. */
    @Transactional
    public StudentSummary addStudent(String teacherUsername, long classId, NewAccount request) {
        SchoolClass schoolClass = ownClass(teacherUsername, classId);
        UserAccount student = accountService.create(request, Role.STUDENT);
        enrol(student, schoolClass);
        return new StudentSummary(student.getId(), student.getUsername(), student.getDisplayName());
    }

    /**
     * Imports a roster CSV into a class: all rows or none. Problems are reported by line, so the teacher can
     * fix the file and try again.
     */
    @Transactional
    public List<ImportedStudent> importRoster(String teacherUsername, long classId, Reader csv) {
        SchoolClass schoolClass = ownClass(teacherUsername, classId);
        List<RosterImport.RosterRow> rows = new RosterImport().read(csv);
        List<String> problems = new ArrayList<>();
        List<NewAccount> requests = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RosterImport.RosterRow row : rows) {
            try {
                NewAccount request = new NewAccount(row.username(), row.name(), row.password());
                if (!seen.add(request.username()) || accounts.existsByUsernameIgnoreCase(request.username())) {
                    throw new AccountProblem("the username '" + request.username() + "' is taken.");
                }
                requests.add(request);
            } catch (AccountProblem problem) {
                problems.add("Line " + row.line() + ": " + problem.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new AccountProblem("Nobody was added. " + String.join(" ", problems));
        }
        List<ImportedStudent> imported = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            UserAccount student = accountService.create(requests.get(i), Role.STUDENT);
            enrol(student, schoolClass);
            imported.add(new ImportedStudent(student.getUsername(), student.getDisplayName(),
                    rows.get(i).generatedPassword() ? rows.get(i).password() : null));
        }
        return imported;
    }

    /** Only a student of one of the teacher's own classes. */
    @Transactional
    public void resetPassword(String teacherUsername, long classId, long studentId, String newPassword) {
        SchoolClass schoolClass = ownClass(teacherUsername, classId);
        if (!enrolments.existsById(new Enrolment.Key(schoolClass.getId(), studentId))) {
            throw new AccessDeniedException("That student is not in this class.");
        }
        UserAccount student = accounts.findById(studentId).orElseThrow();
        accountService.changePassword(student, newPassword);
    }

    SchoolClass ownClass(String teacherUsername, long classId) {
        UserAccount teacher = Accounts.require(accounts, teacherUsername, Role.TEACHER);
        return classes.findById(classId)
                .filter(c -> c.getTeacherId().equals(teacher.getId()))
                .orElseThrow(() -> new AccessDeniedException("This class is not one of yours."));
    }

    private ClassSummary summary(SchoolClass c) {
        return new ClassSummary(c.getId(), c.getName(), c.getJoinCode(), c.isArchived(),
                enrolments.countByKeyClassId(c.getId()));
    }

    private static String validName(String name) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 120) {
            throw new AccountProblem("Give the class a name of 1 to 120 characters.");
        }
        return cleanName;
    }
}
