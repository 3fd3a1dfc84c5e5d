package org.medialiteracy.kit.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.medialiteracy.kit.analysis.Label;
import org.medialiteracy.kit.lesson.Exercise;
import org.medialiteracy.kit.lesson.Lesson;

/**
 * A student's answers to a lesson as they are stored, one (exercise, item) → response at a time, and
 * their reading as the scorer's {@link Answers}. Items: a sentence index for label and pick exercises, a
 * word span {@code "start-end"} for span marking, {@code "moreOpinion"} / {@code "moreAnonymous"} for
 * a comparison. Responses: a label name, {@link #PICKED}, {@link #MARKED} or an article number.
 */
public final class AnswerSheet {

    public static final String PICKED = "PICKED";
    public static final String MARKED = "MARKED";
    public static final String MORE_OPINION = "moreOpinion";
    public static final String MORE_ANONYMOUS = "moreAnonymous";

    private final Map<String, Map<String, String>> byExercise = new HashMap<>();

    public void put(String exerciseId, String item, String response) {
        if (response == null) {
            byExercise.getOrDefault(exerciseId, new HashMap<>()).remove(item);
        } else {
            byExercise.computeIfAbsent(exerciseId, id -> new HashMap<>()).put(item, response);
        }
    }

    public Optional<String> get(String exerciseId, String item) {
        return Optional.ofNullable(byExercise.getOrDefault(exerciseId, Map.of()).get(item));
    }

    /** How many items of the exercise have an answer (marked words count once each). */
    public int answeredCount(String exerciseId) {
        return byExercise.getOrDefault(exerciseId, Map.of()).size();
    }

    public static String spanItem(int start, int end) {
        return start + "-" + end;
    }

    /** Reads the stored answers of one exercise the way its type is scored; unreadable entries are skipped. */
    public Answers answersTo(Exercise exercise) {
        Map<String, String> given = byExercise.getOrDefault(exercise.id(), Map.of());
        return switch (exercise.type()) {
            case LABEL_SENTENCES, FACT_OR_OPINION -> new Answers.Labels(labels(given));
            case MARK_ANONYMOUS_SOURCES -> new Answers.Spans(mergedSpans(given));
            case FIND_UNSUPPORTED -> new Answers.Picks(picks(given));
            case COMPARE_ARTICLES -> new Answers.Predictions(article(given.get(MORE_OPINION)),
                    article(given.get(MORE_ANONYMOUS)));
        };
    }

    /** Scores every exercise of the lesson. */
    public List<AttemptScore> score(Lesson lesson) {
        return lesson.exercises().stream().map(e -> ExerciseScorer.score(lesson, e, answersTo(e))).toList();
    }

    private static Map<Integer, Label> labels(Map<String, String> given) {
        Map<Integer, Label> labels = new HashMap<>();
        given.forEach((item, response) -> {
            try {
                labels.put(Integer.parseInt(item), Label.valueOf(response));
            } catch (IllegalArgumentException ignoredStaleEntry) {
                // an entry that is no label (e.g. the lesson changed type) is simply not an answer
            }
        });
        return labels;
    }

    private static Set<Integer> picks(Map<String, String> given) {
        Set<Integer> picks = new HashSet<>();
        given.forEach((item, response) -> {
            if (PICKED.equals(response) && item.matches("\\d+")) {
                picks.add(Integer.parseInt(item));
            }
        });
        return picks;
    }

    /** Marked words that touch (only spaces or punctuation between them) form one span. */
    static List<MarkedSpan> mergedSpans(Map<String, String> given) {
        List<int[]> words = new ArrayList<>();
        given.forEach((item, response) -> {
            String[] bounds = item.split("-");
            if (MARKED.equals(response) && bounds.length == 2 && bounds[0].matches("\\d+") && bounds[1].matches("\\d+")) {
                int start = Integer.parseInt(bounds[0]);
                int end = Integer.parseInt(bounds[1]);
                if (end > start) {
                    words.add(new int[] {start, end});
                }
            }
        });
        words.sort(Comparator.comparingInt(w -> w[0]));
        List<MarkedSpan> spans = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (int[] word : words) {
            if (start >= 0 && word[0] - end <= 2) {
                end = Math.max(end, word[1]);
            } else {
                if (start >= 0) {
                    spans.add(new MarkedSpan(start, end));
                }
                start = word[0];
                end = word[1];
            }
        }
        if (start >= 0) {
            spans.add(new MarkedSpan(start, end));
        }
        return spans;
    }

    private static Optional<Integer> article(String response) {
        return "0".equals(response) || "1".equals(response) ? Optional.of(Integer.parseInt(response)) : Optional.empty();
    }
}
