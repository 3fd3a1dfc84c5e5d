package org.medialiteracy.kit.classroom;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
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
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 120) {
            throw new AccountProblem("Give the class a name of 1 to 120 characters.");
        }
        return classes.save(new SchoolClass(cleanName, teacher.getId(), freshJoinCode(), clock.instant()));
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
                .map(c -> new ClassSummary(c.getId(), c.getName(), c.getJoinCode(), c.isArchived(),
                        enrolments.countByKeyClassId(c.getId())))
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
}
