package org.medialiteracy.kit.lesson;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A lesson: one article (two for a compare lesson) with its reviewed answer key, the exercises
 * built on it, and who reviewed the key.
 */
public record Lesson(LessonId id, String title, String gradeBand, List<String> learningObjectives,
                     List<LessonArticle> articles, List<Exercise> exercises, Provenance provenance) {

    public Lesson {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(gradeBand, "gradeBand");
        Objects.requireNonNull(provenance, "provenance");
        learningObjectives = List.copyOf(learningObjectives);
        articles = List.copyOf(articles);
        exercises = List.copyOf(exercises);
        if (articles.isEmpty() || articles.size() > 2) {
            throw new IllegalArgumentException("a lesson has one or two articles, not " + articles.size());
        }
    }

    /** The lesson's (first) article. */
    public LessonArticle article() {
        return articles.getFirst();
    }

    /** The second article of a compare lesson. */
    public Optional<LessonArticle> comparedArticle() {
        return articles.size() > 1 ? Optional.of(articles.get(1)) : Optional.empty();
    }

    public Optional<Exercise> exercise(String exerciseId) {
        return exercises.stream().filter(exercise -> exercise.id().equals(exerciseId)).findFirst();
    }
}
