package org.medialiteracy.kit.scoring;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.medialiteracy.kit.analysis.Label;

/** What a student answered in one exercise, as given; one kind per exercise type. */
public sealed interface Answers {

    /** LABEL_SENTENCES and FACT_OR_OPINION: a label per sentence index; a missing index is unanswered. */
    record Labels(Map<Integer, Label> bySentence) implements Answers {
        public Labels {
            bySentence = Map.copyOf(bySentence);
        }

        public Optional<Label> of(int sentence) {
            return Optional.ofNullable(bySentence.get(sentence));
        }
    }

    /** MARK_ANONYMOUS_SOURCES: the spans marked in the article. */
    record Spans(List<MarkedSpan> marked) implements Answers {
        public Spans {
            marked = List.copyOf(marked);
        }
    }

    /** FIND_UNSUPPORTED: the sentence indexes picked as unsupported assertions. */
    record Picks(Set<Integer> sentences) implements Answers {
        public Picks {
            sentences = Set.copyOf(sentences);
        }
    }

    /**
     * COMPARE_ARTICLES: the article (0 = first, 1 = second) predicted to rely more on opinion,
     * and the one predicted to rely more on anonymous sources; empty when not answered.
     */
    record Predictions(Optional<Integer> moreOpinion, Optional<Integer> moreAnonymous) implements Answers {
    }
}
