package org.medialiteracy.kit.ui.player;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
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

    /** Practice only: the button that reveals the key for the whole exercise. */
    Button checkButton(String text, String id, Runnable reveal) {
        Button check = new Button(text, e -> reveal.run());
        check.setId(id);
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.setVisible(state.practice() && !state.submitted());
        return check;
    }

    /** Where a revealed result is announced to screen readers. */
    static Div resultArea() {
        Div result = new Div();
        result.getElement().setAttribute("role", "status");
        return result;
    }

    static int clamp(int answered, int items) {
        return Math.min(answered, items);
    }
}
