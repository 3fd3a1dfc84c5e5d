package org.medialiteracy.kit.classroom;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    List<Assignment> findByTeacherIdOrderByCreatedAtDesc(Long teacherId);

    List<Assignment> findByMode(AssignmentMode mode);

    @Query("select distinct a from Assignment a join a.classIds c where c in "
            + "(select e.key.classId from Enrolment e where e.key.studentId = :studentId) order by a.dueAt")
    List<Assignment> findForStudent(Long studentId);
}
