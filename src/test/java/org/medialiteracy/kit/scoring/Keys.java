package org.medialiteracy.kit.scoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.medialiteracy.kit.analysis.Cue;
import org.medialiteracy.kit.analysis.CueKind;
import org.medialiteracy.kit.analysis.Label;
import org.medialiteracy.kit.lesson.Exercise;
import org.medialiteracy.kit.lesson.ExerciseType;
import org.medialiteracy.kit.lesson.KeyedSentence;
import org.medialiteracy.kit.lesson.Lesson;
import org.medialiteracy.kit.lesson.LessonArticle;
import org.medialiteracy.kit.lesson.LessonId;
import org.medialiteracy.kit.lesson.Provenance;
import org.medialiteracy.kit.lesson.SentenceSelection;

/** Hand-made keys and answers: sentence i spans 100·i to 100·i + 50, so cue offsets are easy to read. */
final class Keys {

    private Keys() {
    }

    static List<KeyedSentence> key(Label... labels) {
        List<KeyedSentence> key = new ArrayList<>();
        for (Label label : labels) {
            key.add(sentence(key.size(), label));
        }
        return key;
    }

    static KeyedSentence sentence(int index, Label label, CueKind... cueKinds) {
        List<Cue> cues = new ArrayList<>();
        for (int c = 0; c < cueKinds.length; c++) {
            cues.add(new Cue(100 * index + 10 * c, 100 * index + 10 * c + 5, cueKinds[c]));
        }
        return new KeyedSentence(index, 100 * index, 100 * index + 50, "sentence " + index, label, cues, "", false);
    }

    static KeyedSentence contested(KeyedSentence sentence) {
        return new KeyedSentence(sentence.index(), sentence.start(), sentence.end(), sentence.text(), sentence.label(),
                sentence.cues(), sentence.explanation(), true);
    }

    /** Answers by position: answers[i] for sentence i; null leaves it unanswered. */
    static Answers.Labels answers(Label... answers) {
        Map<Integer, Label> bySentence = new HashMap<>();
        for (int i = 0; i < answers.length; i++) {
            if (answers[i] != null) {
                bySentence.put(i, answers[i]);
            }
        }
        return new Answers.Labels(bySentence);
    }

    static Lesson lesson(List<KeyedSentence> key, Exercise exercise) {
        return new Lesson(new LessonId("hand-made"), "Hand-made", "9-10", List.of("Test"),
                List.of(LessonArticle.uploaded("x".repeat(100 * key.size()), key)), List.of(exercise),
                new Provenance("Test", Instant.EPOCH, List.of()));
    }

    static Exercise exercise(ExerciseType type, boolean includeNotAClaim, int first, int last) {
        return new Exercise("ex", type, "Exercise", "Do it.", includeNotAClaim,
                List.of(new SentenceSelection.Passage(first, last)));
    }
}
