package org.medialiteracy.kit.ui.player;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.medialiteracy.kit.lesson.Exercise;

/** One exercise of the player: its title and instructions, then the work itself. */
abstract class ExercisePanel extends VerticalLayout {

    final PlayerState state;
    final Exercise exercise;

    ExercisePanel(PlayerState state, Exercise exercise) {
        this.state = state;
        this.exercise = exercise;
        setPadding(false);
        addClassName("kit-exercise");
        add(new H3(exercise.title()), new Paragraph(exercise.instructions()));
    }

    /** How many answers this exercise asks for, for the progress bar. */
    abstract int itemCount();

    /** How many of them are given. */
    abstract int answeredCount();

    static int clamp(int answered, int items) {
        return Math.min(answered, items);
    }
}
