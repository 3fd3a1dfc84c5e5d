package org.medialiteracy.kit.ui.player;

import com.vaadin.flow.component.html.Div;
import org.medialiteracy.kit.lesson.Exercise;

/** Exercises on a whole passage (mark or pick): one answer, given once anything is marked, revealed on request. */
abstract class PassagePanel extends ExercisePanel {

    final Div result = resultArea();
    boolean checked;

    PassagePanel(PlayerState state, Exercise exercise) {
        super(state, exercise);
        checked = state.submitted();
    }

    @Override
    final int itemCount() {
        return 1;
    }

    @Override
    final int answeredCount() {
        return state.sheet.answeredCount(exercise.id()) > 0 ? 1 : 0;
    }
}
