package org.medialiteracy.kit.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.shared.Registration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.medialiteracy.kit.classroom.AssignmentMode;
import org.medialiteracy.kit.classroom.ClassSummary;
import org.medialiteracy.kit.classroom.NewAssignment;
import org.medialiteracy.kit.lesson.Lesson;

/** The teacher's choices for a new assignment; fires an event instead of calling a service. */
final class AssignForm extends FormLayout {

    final ComboBox<Lesson> lesson = new ComboBox<>("Lesson");
    final CheckboxGroup<ClassSummary> classes = new CheckboxGroup<>("Classes");
    final RadioButtonGroup<AssignmentMode> mode = new RadioButtonGroup<>("Mode");
    final DateTimePicker opensAt = new DateTimePicker("Opens");
    final DateTimePicker dueAt = new DateTimePicker("Due (optional)");
    final Checkbox closeAtDue = new Checkbox("Close at the due date (otherwise late work is kept and flagged)");
    final IntegerField attempts = new IntegerField("Attempts allowed");
    final Button assign = new Button("Assign");

    /** The teacher's classes come in through {@link #setClasses}, so a new class appears at once. */
    AssignForm(List<Lesson> lessons) {
        lesson.setId("assign-lesson");
        classes.setId("assign-classes");
        mode.setId("assign-mode");
        assign.setId("assign");
        lesson.setItems(lessons);
        lesson.setItemLabelGenerator(l -> l.title() + " (" + l.gradeBand() + ")");
        classes.setItemLabelGenerator(ClassSummary::name);
        mode.setItems(AssignmentMode.values());
        mode.setItemLabelGenerator(m -> m == AssignmentMode.PRACTICE
                ? "Practice: key and reasons after each answer" : "Assessment: key after submitting");
        mode.setValue(AssignmentMode.ASSESSMENT);
        attempts.setMin(1);
        attempts.setMax(20);
        attempts.setStepButtonsVisible(true);
        attempts.setValue(1);
        opensAt.setValue(LocalDateTime.now().withSecond(0).withNano(0));
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        assign.addClickListener(e -> fireEvent(new AssignEvent(this)));
        add(lesson, classes, mode, attempts, opensAt, dueAt, closeAtDue, assign);
        setColspan(mode, 2);
        setColspan(classes, 2);
    }

    void setClasses(List<ClassSummary> teacherClasses) {
        classes.setItems(teacherClasses.stream().filter(c -> !c.archived()).toList());
    }

    /** Reads the choices; throws with a message for the teacher when they do not make an assignment. */
    NewAssignment request() {
        Lesson chosen = lesson.getValue();
        return new NewAssignment(chosen == null ? null : chosen.id().value(), chosen == null ? null : chosen.title(),
                classes.getValue().stream().map(ClassSummary::id).collect(Collectors.toSet()), mode.getValue(),
                instant(opensAt.getValue()), instant(dueAt.getValue()), closeAtDue.getValue(),
                attempts.getValue() == null ? 0 : attempts.getValue());
    }

    private static Instant instant(LocalDateTime value) {
        return value == null ? null : value.atZone(ZoneId.systemDefault()).toInstant();
    }

    Registration addAssignListener(ComponentEventListener<AssignEvent> listener) {
        return addListener(AssignEvent.class, listener);
    }

    static final class AssignEvent extends ComponentEvent<AssignForm> {
        AssignEvent(AssignForm source) {
            super(source, false);
        }
    }
}
