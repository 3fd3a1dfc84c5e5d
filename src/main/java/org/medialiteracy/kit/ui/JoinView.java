package org.medialiteracy.kit.ui;

import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.medialiteracy.kit.classroom.AccountProblem;
import org.medialiteracy.kit.classroom.ClassroomService;
import org.medialiteracy.kit.classroom.NewAccount;

/** A new student joins a class with its code and picks a username and password; no email needed. */
@Route("join")
@PageTitle("Join a class | Media-literacy kit")
@AnonymousAllowed
public class JoinView extends VerticalLayout {

    final TextField code = new TextField("Class code");
    final TextField displayName = new TextField("Your first name");
    final TextField username = new TextField("Pick a username");
    final PasswordField password = new PasswordField("Pick a password");
    final Button join = new Button("Join the class");
    final Paragraph message = new Paragraph();
    private final ClassroomService classrooms;

    public JoinView(ClassroomService classrooms) {
        this.classrooms = classrooms;
        addClassName("kit-page");
        setMaxWidth("36rem");
        code.setId("join-code");
        displayName.setId("join-name");
        username.setId("join-username");
        password.setId("join-password");
        join.setId("join-submit");
        code.setHelperText("Your teacher gives you this code, for example K7QF2M.");
        username.setHelperText("3 to 32 letters or digits. No email needed.");
        password.setHelperText("At least 8 characters. Keep it to yourself.");
        List.<HasSize>of(code, displayName, username, password).forEach(HasSize::setWidthFull);
        message.setId("join-message");
        message.getElement().setAttribute("role", "alert");
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.addClickShortcut(Key.ENTER);
        join.addClickListener(e -> joinClass());
        add(new H2("Join your class"), code, displayName, username, password, join, message);
    }

    private void joinClass() {
        try {
            classrooms.joinAsNewStudent(code.getValue(),
                    new NewAccount(username.getValue(), displayName.getValue(), password.getValue()));
            getUI().ifPresent(ui -> ui.navigate(LoginView.class));
        } catch (AccountProblem problem) {
            message.setText(problem.getMessage());
        }
    }
}
