package org.medialiteracy.kit.lesson;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Who reviewed a lesson's key, when, and which of the labeller's labels they changed. */
public record Provenance(String reviewedBy, Instant reviewedAt, List<LabellerChange> labellerChanges) {

    public Provenance {
        Objects.requireNonNull(reviewedBy, "reviewedBy");
        Objects.requireNonNull(reviewedAt, "reviewedAt");
        labellerChanges = List.copyOf(labellerChanges);
    }

    /**
     * Records a review: the changes are the sentences of each article whose label in the reviewed
     * key differs from the labeller's draft. Drafts and reviewed keys are matched by index, per
     * article; both lists hold one key per article of the lesson.
     */
    public static Provenance reviewed(String reviewedBy, Instant reviewedAt,
                                      List<List<KeyedSentence>> draftKeys,
                                      List<List<KeyedSentence>> reviewedKeys) {
        if (draftKeys.size() != reviewedKeys.size()) {
            throw new IllegalArgumentException("one draft key per reviewed key expected");
        }
        List<LabellerChange> changes = new ArrayList<>();
        for (int article = 0; article < draftKeys.size(); article++) {
            List<KeyedSentence> draft = draftKeys.get(article);
            List<KeyedSentence> reviewed = reviewedKeys.get(article);
            if (draft.size() != reviewed.size()) {
                throw new IllegalArgumentException("article " + article
                        + ": the reviewed key has " + reviewed.size() + " sentences, the draft " + draft.size());
            }
            for (int i = 0; i < draft.size(); i++) {
                if (draft.get(i).label() != reviewed.get(i).label()) {
                    changes.add(new LabellerChange(article, i, draft.get(i).label(), reviewed.get(i).label()));
                }
            }
        }
        return new Provenance(reviewedBy, reviewedAt, changes);
    }
}
