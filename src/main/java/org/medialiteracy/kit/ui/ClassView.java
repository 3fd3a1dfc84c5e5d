package org.medialiteracy.kit.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.InputStreamReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.medialiteracy.kit.classroom.AccountProblem;
import org.medialiteracy.kit.classroom.AttemptChoice;
import org.medialiteracy.kit.export.ExportService;
import org.medialiteracy.kit.classroom.ClassSummary;
import org.medialiteracy.kit.classroom.ClassroomService;
import org.medialiteracy.kit.classroom.ImportedStudent;
import org.medialiteracy.kit.classroom.NewAccount;
import org.medialiteracy.kit.classroom.StudentSummary;
import org.springframework.security.access.AccessDeniedException;

/** One class: rename, archive, join code, roster (add, import CSV, reset a password). */
@Route("teacher/classes/:classId")
@PageTitle("Class | Media-literacy kit")
@RolesAllowed("TEACHER")
public class ClassView extends VerticalLayout implements BeforeEnterObserver {

    final H2 title = new H2();
    final Paragraph message = new Paragraph();
    final TextField name = new TextField("Class name");
    final Span joinCode = new Span();
    final Checkbox archived = new Checkbox("Archived (students can no longer join)");
    final Grid<StudentSummary> roster = new Grid<>(StudentSummary.class, false);
    final TextField studentName = new TextField("First name");
    final TextField studentUsername = new TextField("Username");
    final PasswordField studentPassword = new PasswordField("Password");
    final Button addStudent = new Button("Add student");
    private final ClassroomService classrooms;
    private final ExportService exports;
    private final String teacher;
    private long classId;

    public ClassView(ClassroomService classrooms, ExportService exports, AuthenticationContext authentication) {
        this.classrooms = classrooms;
        this.exports = exports;
        this.teacher = authentication.getPrincipalName().orElseThrow();
        addClassName("kit-page");
        message.setId("class-message");
        message.getElement().setAttribute("role", "alert");
        roster.setId("roster");
        joinCode.setId("join-code-value");
        studentUsername.setId("student-username");
        studentName.setId("student-name");
        studentPassword.setId("student-password");
        addStudent.setId("add-student");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            classId = Long.parseLong(event.getRouteParameters().get("classId").orElse(""));
            ClassSummary summary = classrooms.classOfTeacher(teacher, classId);
            build(summary);
        } catch (NumberFormatException | AccessDeniedException e) {
            title.setText("Class not found");
            message.setText("This class does not exist or is not one of yours.");
            add(title, message);
        }
    }

    private void build(ClassSummary summary) {
        title.setText(summary.name());
        name.setValue(summary.name());
        joinCode.setText(summary.joinCode());
        archived.setValue(summary.archived());
        Button rename = new Button("Rename", e -> act(() -> classrooms.rename(teacher, classId, name.getValue())));
        Button newCode = new Button("New join code", e -> act(() -> classrooms.regenerateJoinCode(teacher, classId)));
        newCode.getElement().setAttribute("title", "The old code stops working at once.");
        archived.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                act(() -> classrooms.setArchived(teacher, classId, e.getValue()));
            }
        });
        HorizontalLayout renameRow = new HorizontalLayout(name, rename);
        renameRow.setAlignItems(Alignment.BASELINE);
        HorizontalLayout codeRow = new HorizontalLayout(new Span("Join code:"), joinCode, newCode);
        codeRow.setAlignItems(Alignment.BASELINE);
        joinCode.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "700").set("letter-spacing", "0.1em");

        roster.addColumn(StudentSummary::displayName).setHeader("Name");
        roster.addColumn(StudentSummary::username).setHeader("Username");
        roster.addComponentColumn(this::resetPasswordButton).setHeader("Password");
        roster.setAriaLabel("Students in this class");
        roster.setItems(classrooms.studentsOf(teacher, classId));

        addStudent.addClickShortcut(Key.ENTER);
        addStudent.addClickListener(e -> act(() -> {
            classrooms.addStudent(teacher, classId, new NewAccount(studentUsername.getValue(), studentName.getValue(),
                    studentPassword.getValue()));
            studentUsername.clear();
            studentName.clear();
            studentPassword.clear();
        }));
        HorizontalLayout addRow = new HorizontalLayout(studentName, studentUsername, studentPassword, addStudent);
        addRow.setAlignItems(Alignment.BASELINE);
        addRow.setWrap(true);

        add(title, message, renameRow, codeRow, archived, new H3("Students"), roster, new H3("Add a student"), addRow,
                new H3("Import a roster"), new Paragraph("A CSV file with a header row: username, name, password. "
                        + "Leave the password empty and the kit makes one up and shows it here once."), rosterUpload(),
                new ExportPanel("Export this class's grades (all assignments, best attempt)", () -> AttemptChoice.BEST,
                        options -> exports.classExport(teacher, classId, options)));
    }

    private Upload rosterUpload() {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() ->
                act(() -> {
                    List<ImportedStudent> imported = classrooms.importRoster(teacher, classId,
                            new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
                    String generated = imported.stream().filter(s -> s.generatedPassword() != null)
                            .map(s -> s.username() + ": " + s.generatedPassword()).collect(Collectors.joining(", "));
                    message.setText("Added " + imported.size() + " students."
                            + (generated.isEmpty() ? "" : " Passwords to hand out (shown only now): " + generated));
                }, false)))));
        Uploads.oneAtATime(upload).setId("roster-upload");
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize(512 * 1024);
        return upload;
    }

    private Button resetPasswordButton(StudentSummary student) {
        Button reset = new Button("Reset", e -> {
            PasswordField fresh = new PasswordField("New password for " + student.displayName());
            Button save = new Button("Save");
            HorizontalLayout row = new HorizontalLayout(fresh, save);
            row.setAlignItems(Alignment.BASELINE);
            save.addClickListener(s -> act(() -> classrooms.resetPassword(teacher, classId, student.id(), fresh.getValue())));
            addComponentAtIndex(indexOf(roster) + 1, row);
            fresh.focus();
        });
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL);
        reset.getElement().setAttribute("aria-label", "Reset the password of " + student.displayName());
        return reset;
    }

    private void act(Runnable action) {
        act(action, true);
    }

    /** Runs a change, then reloads the page's state; a refusal is shown in words, nothing else changes. */
    private void act(Runnable action, boolean clearMessage) {
        try {
            action.run();
            if (clearMessage) {
                message.setText("Saved.");
            }
            ClassSummary summary = classrooms.classOfTeacher(teacher, classId);
            title.setText(summary.name());
            joinCode.setText(summary.joinCode());
            roster.setItems(classrooms.studentsOf(teacher, classId));
        } catch (AccountProblem problem) {
            message.setText(problem.getMessage());
        }
    }
}
