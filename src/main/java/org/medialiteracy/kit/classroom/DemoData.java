package org.medialiteracy.kit.classroom;

import java.util.List;
import java.util.Set;
import org.medialiteracy.kit.lesson.LessonLibrary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills a demo teacher, a class and students (profile "demo"), so a newcomer can try both roles at once. Ben and
 * Chloe have submitted the assignment and Dev is halfway, so its results have something to show; Ana's is
 * untouched, for the newcomer to try.
 */
@Component
@ConditionalOnProperty(name = "kit.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String TEACHER = "teacher";
    static final String PASSWORD = "demo-password";
    static final String[] STUDENTS = {"ana", "ben", "chloe", "dev"};
    private static final List<DemoWork.Student> SAMPLE_WORK = List.of(
            new DemoWork.Student("ben", 1.0, 0.85, true),
            new DemoWork.Student("chloe", 1.0, 0.6, true),
            new DemoWork.Student("dev", 0.4, 0.7, false));
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final AccountService accountService;
    private final ClassroomService classroomService;
    private final AssignmentService assignmentService;
    private final LessonLibrary lessons;
    private final DemoWork work;

    DemoData(AccountService accountService, ClassroomService classroomService, AssignmentService assignmentService,
             LessonLibrary lessons, AttemptService attemptService) {
        this.accountService = accountService;
        this.classroomService = classroomService;
        this.assignmentService = assignmentService;
        this.lessons = lessons;
        this.work = new DemoWork(attemptService);
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accountService.findByUsername(TEACHER).isPresent()) {
            return;
        }
        accountService.create(new NewAccount(TEACHER, "Ms Rivera (demo)", PASSWORD), Role.TEACHER);
        SchoolClass demoClass = classroomService.createClass(TEACHER, "Period 3 - Media literacy (demo)");
        for (String student : STUDENTS) {
            accountService.create(new NewAccount(student, capitalised(student), PASSWORD), Role.STUDENT);
            classroomService.join(student, demoClass.getJoinCode());
        }
        lessons.lessons().stream().findFirst().ifPresent(lesson -> {
            Assignment assignment = assignmentService.assign(TEACHER, new NewAssignment(lesson.id().value(),
                    lesson.title(), Set.of(demoClass.getId()), AssignmentMode.PRACTICE, null, null, false, 3));
            SAMPLE_WORK.forEach(student -> work.answer(student, assignment.getId(), lesson));
        });
        log.info("Demo data ready: teacher '{}' and students {} with password '{}'",
                TEACHER, String.join(", ", STUDENTS), PASSWORD);
    }

    private static String capitalised(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
