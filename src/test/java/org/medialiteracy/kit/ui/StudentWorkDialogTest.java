package org.medialiteracy.kit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.medialiteracy.kit.lesson.ExerciseType;
import org.medialiteracy.kit.scoring.ItemResult;

/** What the teacher reads under each item a student missed, in the words the student saw. */
class StudentWorkDialogTest {

    private static String said(ExerciseType type, String key, String answer) {
        ItemResult item = new ItemResult("ex1", 0, 3, "Some sentence.", key, answer, false);
        return StudentWorkDialog.whatWentWrong(item, type).getElement().getTextRecursively();
    }

    @Test
    void a_wrong_label_names_both_labels_and_a_missing_one_says_so() {
        assertThat(said(ExerciseType.LABEL_SENTENCES, "OPINION", "UNSUPPORTED_ASSERTION"))
                .isEqualTo("The key: O · Opinion Answered: U · Unsupported assertion");
        assertThat(said(ExerciseType.FACT_OR_OPINION, "REPORTED_FACT", "")).isEqualTo("The key: F · Reported fact No answer.");
    }

    @Test
    void ticks_marks_and_predictions_say_which_way_they_went_wrong() {
        assertThat(said(ExerciseType.FIND_UNSUPPORTED, "UNSUPPORTED_ASSERTION", ""))
                .isEqualTo("Not ticked, but the key says U · Unsupported assertion");
        assertThat(said(ExerciseType.FIND_UNSUPPORTED, "OPINION", "PICKED")).isEqualTo("Ticked, but the key says O · Opinion");
        assertThat(said(ExerciseType.MARK_ANONYMOUS_SOURCES, "ANONYMOUS_SOURCE", "")).isEqualTo("An unnamed source left unmarked.");
        assertThat(said(ExerciseType.MARK_ANONYMOUS_SOURCES, "", "MARKED")).isEqualTo("Marked, but it is not an unnamed source.");
        assertThat(said(ExerciseType.COMPARE_ARTICLES, "Article A", "Article B")).isEqualTo("The key: Article A. Predicted: Article B.");
    }
}
