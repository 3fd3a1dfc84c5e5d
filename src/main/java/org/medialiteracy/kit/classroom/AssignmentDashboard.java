package org.medialiteracy.kit.classroom;

import java.util.List;
import org.medialiteracy.kit.scoring.ScoreDistribution;

/** Everything the teacher's dashboard shows for one assignment. */
public record AssignmentDashboard(AssignmentResults results, int submitted, int late, int inProgress, int notStarted,
                                  ScoreDistribution distribution, List<ExerciseAnalysis> exercises) {

    public int students() {
        return results.students().size();
    }
}
