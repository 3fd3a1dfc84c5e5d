package org.medialiteracy.kit.ui.player;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.medialiteracy.kit.lesson.Exercise;
import org.medialiteracy.kit.lesson.Lesson;
import org.medialiteracy.kit.scoring.AnswerSheet;
import org.medialiteracy.kit.scoring.AttemptScore;

/**
 * Plays a lesson: one exercise at a time with a progress bar, every answer sent to the sink as it is given,
 * then the results. The key is only ever rendered after an answer (practice) or after submitting.
 */
public final class LessonPlayer extends VerticalLayout {

    private final PlayerState state;
    private final Supplier<List<AttemptScore>> submit;
    private final List<ExercisePanel> panels = new ArrayList<>();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final HorizontalLayout steps = new HorizontalLayout();
    private final Div stage = new Div();
    private final Button submitButton = new Button("Submit and see my score");
    private int current;

    /**
     * @param submit records the submission (if any) and returns the scores; called once
     */
    public LessonPlayer(Lesson lesson, PlayerMode mode, AnswerSheet answers, AnswerSink sink, boolean submitted,
                        Supplier<List<AttemptScore>> submit) {
        this.state = new PlayerState(lesson, answers, sink, mode, submitted);
        this.submit = submit;
        setPadding(false);
        addClassName("kit-player");
        add(new H2(lesson.title()), objectives(lesson), modeNote(mode));
        progress.setId("progress");
        progress.getElement().setAttribute("aria-label", "Progress through the lesson");
        progressText.setId("progress-text");
        steps.getElement().setAttribute("role", "navigation");
        steps.getElement().setAttribute("aria-label", "Exercises");
        steps.setWrap(true);
        stage.setWidthFull();
        submitButton.setId("submit");
        submitButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submitButton.addClickListener(e -> confirmSubmit());
        add(progress, progressText, steps, stage, submitButton);
        state.onChange(this::updateProgress);
        if (submitted) {
            showResults(submit.get());
        } else {
            lesson.exercises().forEach(exercise -> panels.add(panelFor(exercise)));
            show(0);
        }
    }

    private ExercisePanel panelFor(Exercise exercise) {
        return switch (exercise.type()) {
            case LABEL_SENTENCES, FACT_OR_OPINION -> new LabelItemsPanel(state, exercise);
            case MARK_ANONYMOUS_SOURCES -> new SpanMarkingPanel(state, exercise);
            case FIND_UNSUPPORTED -> new PickSentencesPanel(state, exercise);
            case COMPARE_ARTICLES -> new ComparePanel(state, exercise);
        };
    }

    private void show(int index) {
        current = index;
        stage.removeAll();
        stage.add(panels.get(index));
        if (index + 1 < panels.size()) {
            Button next = new Button("Next exercise: " + state.lesson.exercises().get(index + 1).title(), e -> show(index + 1));
            next.setId("next-exercise");
            next.addClassName("kit-wrap");
            stage.add(next);
        }
        updateProgress();
    }

    private void updateProgress() {
        int items = panels.stream().mapToInt(ExercisePanel::itemCount).sum();
        int answered = panels.stream().mapToInt(p -> ExercisePanel.clamp(p.answeredCount(), p.itemCount())).sum();
        progress.setValue(items == 0 ? 0 : (double) answered / items);
        progressText.setText(answered + " of " + items + " answered");
        progress.getElement().setAttribute("aria-valuetext", answered + " of " + items + " answered");
        steps.removeAll();
        for (int i = 0; i < panels.size(); i++) {
            ExercisePanel panel = panels.get(i);
            int index = i;
            boolean done = panel.answeredCount() >= panel.itemCount();
            Button step = new Button((i + 1) + ". " + panel.exercise.title() + (done ? " ✓" : ""), e -> show(index));
            step.setId("step-" + i);
            step.addClassName("kit-wrap");
            step.addThemeVariants(i == current ? ButtonVariant.LUMO_CONTRAST : ButtonVariant.LUMO_TERTIARY);
            if (i == current) {
                step.getElement().setAttribute("aria-current", "step");
            }
            steps.add(step);
        }
    }

    private void confirmSubmit() {
        int missing = panels.stream().mapToInt(p -> p.itemCount() - ExercisePanel.clamp(p.answeredCount(), p.itemCount())).sum();
        if (missing == 0) {
            doSubmit();
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader("Submit now?");
        dialog.setText(missing + (missing == 1 ? " answer is" : " answers are") + " still missing. Submit anyway?");
        Button confirm = new Button("Submit", e -> {
            dialog.close();
            doSubmit();
        });
        confirm.setId("confirm-submit");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.setConfirmButton(confirm);
        dialog.setCancelable(true);
        dialog.setCancelText("Keep working");
        dialog.open();
    }

    private void doSubmit() {
        List<AttemptScore> scores = submit.get();
        state.markSubmitted();
        showResults(scores);
    }

    private void showResults(List<AttemptScore> scores) {
        state.markSubmitted();
        progress.setVisible(false);
        progressText.setVisible(false);
        steps.setVisible(false);
        submitButton.setVisible(false);
        stage.removeAll();
        stage.add(new ResultsPanel(state, scores));
    }

    private static UnorderedList objectives(Lesson lesson) {
        UnorderedList list = new UnorderedList();
        list.getElement().setAttribute("aria-label", "What you will learn");
        lesson.learningObjectives().forEach(o -> list.add(new ListItem(o)));
        return list;
    }

    private static Paragraph modeNote(PlayerMode mode) {
        return new Paragraph(mode == PlayerMode.PRACTICE
                ? "Practice: after each answer you see the key and why. Keys: 1–5 pick a label, ← → move, Tab and Enter work every button."
                : "Assessment: your answers are saved as you go; you see the key after you submit. Keys: 1–5 pick a label, ← → move, Tab and Enter work every button.");
    }
}
