package org.medialiteracy.kit.classroom;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    boolean existsByRole(Role role);

    List<UserAccount> findByRoleOrderByDisplayName(Role role);

    @Query("select a from UserAccount a where a.id in "
            + "(select e.key.studentId from Enrolment e where e.key.classId = :classId) order by a.displayName")
    List<UserAccount> findStudentsOfClass(Long classId);

    @Query("select new org.medialiteracy.kit.classroom.RosterEntry(a.id, a.username, a.displayName, c.id, c.name) "
            + "from Enrolment e, UserAccount a, SchoolClass c "
            + "where e.key.studentId = a.id and e.key.classId = c.id and c.id in :classIds "
            + "order by c.name, a.displayName, a.username")
    List<RosterEntry> findRoster(java.util.Collection<Long> classIds);
}
