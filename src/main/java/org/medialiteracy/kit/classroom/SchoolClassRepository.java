package org.medialiteracy.kit.classroom;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SchoolClassRepository extends JpaRepository<SchoolClass, Long> {

    List<SchoolClass> findByTeacherIdOrderByName(Long teacherId);

    Optional<SchoolClass> findByJoinCode(String joinCode);

    boolean existsByJoinCode(String joinCode);

    @Query("select c from SchoolClass c where c.id in "
            + "(select e.key.classId from Enrolment e where e.key.studentId = :studentId) order by c.name")
    List<SchoolClass> findJoinedBy(Long studentId);
}
