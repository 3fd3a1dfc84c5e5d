package org.medialiteracy.kit.lesson;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Which sentences of an article an exercise uses, independent of practice or assessment mode:
 * either a list of key indexes or a passage, a range of consecutive key indexes.
 */
public sealed interface SentenceSelection permits SentenceSelection.Sentences, SentenceSelection.Passage {

    /** The selected key indexes, in the order the exercise presents them. */
    List<Integer> indexes();

    /** Chosen sentences, by key index. */
    record Sentences(List<Integer> indexes) implements SentenceSelection {
        public Sentences {
            indexes = List.copyOf(indexes);
        }
    }

    /** Sentences {@code first} to {@code last} of the key, both included. */
    record Passage(int first, int last) implements SentenceSelection {
        @Override
        public List<Integer> indexes() {
            return IntStream.rangeClosed(first, last).boxed().toList();
        }
    }
}
