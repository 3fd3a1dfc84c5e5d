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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.medialiteracy.kit.classroom.AccountProblem;
import org.medialiteracy.kit.classroom.AccountService;
import org.medialiteracy.kit.classroom.NewAccount;

/** First run: with no teacher yet, the kit asks for the first teacher account. */
@Route("setup")
@PageTitle("Set up the kit | Media-literacy kit")
@AnonymousAllowed
public class SetupView extends VerticalLayout implements BeforeEnterObserver {

    final TextField displayName = new TextField("Your name (students see it)");
    final TextField username = new TextField("Username");
    final PasswordField password = new PasswordField("Password");
    final PasswordField repeat = new PasswordField("Password again");
    final Button create = new Button("Create teacher account");
    final Paragraph message = new Paragraph();
    private final AccountService accounts;

    public SetupView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("kit-page");
        setMaxWidth("36rem");
        displayName.setId("setup-name");
        username.setId("setup-username");
        password.setId("setup-password");
        repeat.setId("setup-repeat");
        create.setId("setup-create");
        password.setHelperText("At least 8 characters.");
        message.setId("setup-message");
        message.getElement().setAttribute("role", "alert");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        create.addClickListener(e -> createTeacher());
        List.<HasSize>of(displayName, username, password, repeat).forEach(HasSize::setWidthFull);
        add(new H2("Welcome! Let's set up the kit"),
                new Paragraph("This kit has no teacher account yet. Create yours: you will then create classes, "
                        + "give students a join code and assign lessons."),
                displayName, username, password, repeat, create, message);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!accounts.needsFirstTeacher()) {
            event.forwardTo(LoginView.class);
        }
    }

    private void createTeacher() {
        if (!password.getValue().equals(repeat.getValue())) {
            message.setText("The two passwords are different. Type the same password twice.");
            return;
        }
        try {
            accounts.createFirstTeacher(new NewAccount(username.getValue(), displayName.getValue(), password.getValue()));
            getUI().ifPresent(ui -> ui.navigate(LoginView.class));
        } catch (AccountProblem problem) {
            message.setText(problem.getMessage());
        }
    }
}
