package org.medialiteracy.kit.lesson;

import java.util.List;
import java.util.Objects;
import org.medialiteracy.kit.analysis.Label;

/**
 * One exercise of a lesson. {@code selections} holds one selection per article the exercise
 * uses: one (on the lesson's first article) for every type except COMPARE_ARTICLES, which has
 * one per article. {@code includeNotAClaim} makes sentences keyed NOT_A_CLAIM scored items.
 */
public record Exercise(String id, ExerciseType type, String title, String instructions,
                       boolean includeNotAClaim, List<SentenceSelection> selections) {

    public Exercise {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(instructions, "instructions");
        selections = List.copyOf(selections);
        int expected = type == ExerciseType.COMPARE_ARTICLES ? 2 : 1;
        if (selections.size() != expected) {
            throw new IllegalArgumentException(type + " selects sentences in " + expected + " article"
                    + (expected == 1 ? "" : "s") + ", not " + selections.size());
        }
    }

    /** The selection of a single-article exercise. */
    public SentenceSelection selection() {
        return selections.getFirst();
    }

    /**
     * The items this exercise scores in the given article (0 = first): the selected sentences
     * that are not contested and that the exercise asks about. FACT_OR_OPINION asks only about
     * sentences keyed REPORTED_FACT or OPINION; the other types about claims, plus sentences
     * keyed NOT_A_CLAIM when {@code includeNotAClaim} is set.
     */
    public List<KeyedSentence> scoredItems(Lesson lesson, int article) {
        return lesson.articles().get(article).sentences(selections.get(article).indexes()).stream()
                .filter(sentence -> !sentence.contested())
                .filter(sentence -> asksAbout(sentence.label()))
                .toList();
    }

    private boolean asksAbout(Label label) {
        if (type == ExerciseType.FACT_OR_OPINION) {
            return label == Label.REPORTED_FACT || label == Label.OPINION;
        }
        return label.isClaim() || includeNotAClaim;
    }
}
