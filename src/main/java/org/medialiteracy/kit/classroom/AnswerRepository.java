package org.medialiteracy.kit.classroom;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnswerRepository extends JpaRepository<Answer, Answer.Key> {

    List<Answer> findByKeyAttemptId(Long attemptId);

    List<Answer> findByKeyAttemptIdIn(List<Long> attemptIds);
}
