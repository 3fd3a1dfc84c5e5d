package org.medialiteracy.kit.classroom;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttemptRepository extends JpaRepository<Attempt, Long> {

    List<Attempt> findByAssignmentIdAndStudentIdOrderByNumber(Long assignmentId, Long studentId);

    List<Attempt> findByAssignmentIdOrderByStudentIdAscNumberAsc(Long assignmentId);
}
