package org.medialiteracy.kit.lesson;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An article of a lesson with its answer key. The text comes either from a shipped seed file
 * ({@code seedFile} names it, the text is read from the seeds directory at load) or from a
 * teacher's upload stored inside the lesson ({@code seedFile} is null).
 */
public record LessonArticle(String seedFile, String text, List<KeyedSentence> key) {

    public LessonArticle {
        Objects.requireNonNull(text, "text");
        key = List.copyOf(key);
    }

    public static LessonArticle fromSeed(String seedFile, String text, List<KeyedSentence> key) {
        return new LessonArticle(Objects.requireNonNull(seedFile, "seedFile"), text, key);
    }

    public static LessonArticle uploaded(String text, List<KeyedSentence> key) {
        return new LessonArticle(null, text, key);
    }

    public Optional<String> seed() {
        return Optional.ofNullable(seedFile);
    }

    /** The key sentences at the given indexes, in that order; indexes must exist in the key. */
    public List<KeyedSentence> sentences(List<Integer> indexes) {
        return indexes.stream().map(key::get).toList();
    }
}
