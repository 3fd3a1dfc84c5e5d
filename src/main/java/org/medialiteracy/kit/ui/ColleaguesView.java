package org.medialiteracy.kit.ui;

import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.medialiteracy.kit.classroom.AccountProblem;
import org.medialiteracy.kit.classroom.AccountService;
import org.medialiteracy.kit.classroom.NewAccount;

/** Teachers add colleagues: each gets an account and a first password to change later. */
@Route("teacher/colleagues")
@PageTitle("Teachers | Media-literacy kit")
@RolesAllowed("TEACHER")
public class ColleaguesView extends VerticalLayout {

    final UnorderedList teachers = new UnorderedList();
    final TextField displayName = new TextField("Their name");
    final TextField username = new TextField("Their username");
    final PasswordField password = new PasswordField("First password (tell them)");
    final Button create = new Button("Create teacher account");
    final Paragraph message = new Paragraph();
    private final AccountService accounts;
    private final String teacher;

    public ColleaguesView(AccountService accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.teacher = authentication.getPrincipalName().orElseThrow();
        addClassName("kit-page");
        setMaxWidth("40rem");
        teachers.setId("teacher-list");
        displayName.setId("colleague-name");
        username.setId("colleague-username");
        password.setId("colleague-password");
        create.setId("create-colleague");
        message.getElement().setAttribute("role", "alert");
        List.<HasSize>of(displayName, username, password).forEach(HasSize::setWidthFull);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        create.addClickListener(e -> createColleague());
        add(new H2("Teachers"), teachers, new H2("Add a teacher"), displayName, username, password, create, message);
        refresh();
    }

    private void createColleague() {
        try {
            accounts.createTeacher(teacher, new NewAccount(username.getValue(), displayName.getValue(), password.getValue()));
            message.setText("Account created. Tell them their username and first password.");
            username.clear();
            displayName.clear();
            password.clear();
            refresh();
        } catch (AccountProblem problem) {
            message.setText(problem.getMessage());
        }
    }

    private void refresh() {
        teachers.removeAll();
        accounts.teacherNames(teacher).forEach(name -> teachers.add(new ListItem(name)));
    }
}
