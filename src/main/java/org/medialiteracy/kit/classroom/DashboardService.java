package org.medialiteracy.kit.classroom;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medialiteracy.kit.analysis.Label;
import org.medialiteracy.kit.lesson.Exercise;
import org.medialiteracy.kit.lesson.ExerciseType;
import org.medialiteracy.kit.lesson.Lesson;
import org.medialiteracy.kit.scoring.Answers;
import org.medialiteracy.kit.scoring.ItemAnalysis;
import org.medialiteracy.kit.scoring.ItemResult;
import org.medialiteracy.kit.scoring.ScoreDistribution;
import org.springframework.stereotype.Service;

/** Completion, score distribution, item analysis and the Pew baseline for a teacher's assignment. */
@Service
public class DashboardService {

    private final GradebookService gradebook;

    DashboardService(GradebookService gradebook) {
        this.gradebook = gradebook;
    }

    public AssignmentDashboard dashboard(String teacherUsername, long assignmentId, AttemptChoice choice) {
        AssignmentResults results = gradebook.assignmentResults(teacherUsername, assignmentId, choice);
        List<ScoredAttempt> counted = results.students().stream().flatMap(s -> s.counted().stream()).toList();
        int late = (int) counted.stream().filter(ScoredAttempt::late).count();
        int inProgress = (int) results.students().stream().filter(s -> s.status() == AssignmentStatus.IN_PROGRESS).count();
        int notStarted = (int) results.students().stream().filter(s -> s.attemptsUsed() == 0).count();
        ScoreDistribution distribution = ScoreDistribution.ofPercents(counted.stream().map(ScoredAttempt::percent).toList(), 10);
        List<ExerciseAnalysis> exercises = new ArrayList<>();
        for (Exercise exercise : results.lesson().exercises()) {
            if (exercise.type().asksForLabels()) {
                List<Answers.Labels> answers = counted.stream().map(a -> labelsOf(a, exercise)).toList();
                exercises.add(new ExerciseAnalysis(exercise, ItemAnalysis.of(results.lesson(), exercise, answers),
                        pew(results.lesson(), exercise, answers)));
            }
        }
        return new AssignmentDashboard(results, counted.size(), late, inProgress, notStarted, distribution, exercises);
    }

    static Answers.Labels labelsOf(ScoredAttempt attempt, Exercise exercise) {
        Map<Integer, Label> labels = new HashMap<>();
        for (AnsweredItem item : attempt.items()) {
            ItemResult result = item.result();
            if (result.exerciseId().equals(exercise.id()) && !result.answer().isEmpty()) {
                labels.put(result.sentence(), Label.valueOf(result.answer()));
            }
        }
        return new Answers.Labels(labels);
    }

    /** Share of students who sorted every fact right, and every opinion: Pew's measure for adults. */
    static Optional<PewComparison> pew(Lesson lesson, Exercise exercise, List<Answers.Labels> answers) {
        if (exercise.type() != ExerciseType.FACT_OR_OPINION || answers.isEmpty()) {
            return Optional.empty();
        }
        var items = exercise.scoredItems(lesson, 0);
        long allFacts = answers.stream().filter(a -> items.stream().filter(i -> i.label() == Label.REPORTED_FACT)
                .allMatch(i -> a.of(i.index()).orElse(null) == Label.REPORTED_FACT)).count();
        long allOpinions = answers.stream().filter(a -> items.stream().filter(i -> i.label() == Label.OPINION)
                .allMatch(i -> a.of(i.index()).orElse(null) == Label.OPINION)).count();
        return Optional.of(new PewComparison(answers.size(), 100.0 * allFacts / answers.size(),
                100.0 * allOpinions / answers.size()));
    }
}
