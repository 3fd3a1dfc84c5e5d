package org.medialiteracy.kit.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The demo profile gives a teacher a class whose assignment already has results to look at. */
@SpringBootTest(properties = "kit.demo.enabled=true")
@ActiveProfiles("test")
class DemoDataIT {

    @Autowired DemoData demoData;
    @Autowired AssignmentService assignments;
    @Autowired DashboardService dashboards;

    @Test
    void two_students_submitted_one_is_halfway_and_ana_is_left_to_try() {
        TeacherAssignment assignment = assignments.assignmentsOfTeacher(DemoData.TEACHER).getFirst();
        AssignmentDashboard dashboard = dashboards.dashboard(DemoData.TEACHER, assignment.id(), AttemptChoice.BEST);

        assertThat(dashboard.submitted()).isEqualTo(2);
        assertThat(dashboard.inProgress()).isEqualTo(1);
        assertThat(dashboard.notStarted()).isEqualTo(1);
        Map<String, StudentResult> byName = dashboard.results().students().stream()
                .collect(Collectors.toMap(r -> r.student().username(), r -> r));
        assertThat(byName.get("ana").status()).isEqualTo(AssignmentStatus.NOT_STARTED);
        double ben = byName.get("ben").counted().orElseThrow().percent();
        double chloe = byName.get("chloe").counted().orElseThrow().percent();
        assertThat(ben).isGreaterThan(chloe).isBetween(70.0, 100.0);
        assertThat(chloe).isBetween(40.0, 80.0);
    }

    @Test
    void a_second_start_adds_nothing() {
        int before = assignments.assignmentsOfTeacher(DemoData.TEACHER).size();
        demoData.run(new DefaultApplicationArguments());
        assertThat(assignments.assignmentsOfTeacher(DemoData.TEACHER)).hasSize(before);
    }
}
