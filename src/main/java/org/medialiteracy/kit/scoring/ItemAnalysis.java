package org.medialiteracy.kit.scoring;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medialiteracy.kit.analysis.Label;
import org.medialiteracy.kit.lesson.Exercise;
import org.medialiteracy.kit.lesson.KeyedSentence;
import org.medialiteracy.kit.lesson.Lesson;

/**
 * A class's answers to a label exercise, item by item ({@link ItemStats}), and the class
 * confusion matrix: the cell-by-cell sum of the students' matrices.
 */
public record ItemAnalysis(List<ItemStats> items, ConfusionMatrix classConfusion) {

    public ItemAnalysis {
        items = List.copyOf(items);
    }

    /**
     * @param attempts one set of answers per student
     * @throws IllegalArgumentException if the exercise does not ask for labels
     */
    public static ItemAnalysis of(Lesson lesson, Exercise exercise, List<Answers.Labels> attempts) {
        if (!exercise.type().asksForLabels()) {
            throw new IllegalArgumentException("item analysis is for label exercises, not " + exercise.type());
        }
        return of(exercise.scoredItems(lesson, 0), attempts);
    }

    static ItemAnalysis of(List<KeyedSentence> scoredItems, List<Answers.Labels> attempts) {
        List<ItemStats> stats = new ArrayList<>();
        ConfusionMatrix confusion = ConfusionMatrix.empty();
        for (KeyedSentence item : scoredItems) {
            Map<Label, Integer> chosen = new EnumMap<>(Label.class);
            for (Answers.Labels attempt : attempts) {
                Optional<Label> answer = attempt.of(item.index());
                answer.ifPresent(label -> chosen.merge(label, 1, Integer::sum));
                confusion = confusion.with(item.label(), answer);
            }
            stats.add(stats(item, attempts.size(), chosen));
        }
        return new ItemAnalysis(stats, confusion);
    }

    private static ItemStats stats(KeyedSentence item, int students, Map<Label, Integer> chosen) {
        int answered = chosen.values().stream().mapToInt(Integer::intValue).sum();
        int correct = chosen.getOrDefault(item.label(), 0);
        Optional<Label> mostChosenWrong = Optional.empty();
        int mostChosenWrongCount = 0;
        for (Map.Entry<Label, Integer> entry : chosen.entrySet()) {
            if (entry.getKey() != item.label() && entry.getValue() > mostChosenWrongCount) {
                mostChosenWrong = Optional.of(entry.getKey());
                mostChosenWrongCount = entry.getValue();
            }
        }
        double percentCorrect = students == 0 ? Double.NaN : 100.0 * correct / students;
        return new ItemStats(item.index(), item.label(), students, answered, correct, percentCorrect,
                mostChosenWrong, mostChosenWrongCount, agreement(chosen.values(), answered));
    }

    /** Fleiss' P_i: Σ n_L (n_L − 1) / (n (n − 1)). */
    static double agreement(Iterable<Integer> countsPerLabel, int answered) {
        if (answered < 2) {
            return Double.NaN;
        }
        long agreeingPairs = 0;
        for (int count : countsPerLabel) {
            agreeingPairs += (long) count * (count - 1);
        }
        return (double) agreeingPairs / ((long) answered * (answered - 1));
    }
}
