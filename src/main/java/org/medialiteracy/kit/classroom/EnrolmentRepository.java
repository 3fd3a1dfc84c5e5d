package org.medialiteracy.kit.classroom;

import org.springframework.data.jpa.repository.JpaRepository;

interface EnrolmentRepository extends JpaRepository<Enrolment, Enrolment.Key> {

    long countByKeyClassId(Long classId);
}
