package org.medialiteracy.kit.ui;

import java.util.ArrayList;
import java.util.List;
import org.medialiteracy.kit.analysis.Label;
import org.medialiteracy.kit.lesson.KeyedSentence;

/** One sentence under review in the lesson builder: the labeller's proposal and the teacher's decisions. */
final class ReviewRow {

    final KeyedSentence proposed;
    Label label;
    String explanation;
    boolean contested;
    boolean used;

    ReviewRow(KeyedSentence proposed) {
        this.proposed = proposed;
        this.label = proposed.label();
        this.explanation = proposed.explanation();
        this.used = proposed.label().isClaim();
    }

    boolean changed() {
        return label != proposed.label();
    }

    KeyedSentence reviewed() {
        return new KeyedSentence(proposed.index(), proposed.start(), proposed.end(), proposed.text(), label,
                proposed.cues(), explanation, contested);
    }

    static List<KeyedSentence> reviewedKey(List<ReviewRow> rows) {
        List<KeyedSentence> key = new ArrayList<>();
        rows.forEach(row -> key.add(row.reviewed()));
        return key;
    }
}
