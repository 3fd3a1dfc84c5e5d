package org.medialiteracy.kit.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The frame around every page: the kit's name, navigation for the signed-in role, sign in or out. */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication) {
        H1 title = new H1("Media-literacy kit");
        title.addClassName("kit-app-title");
        Anchor home = new Anchor("", title);
        home.getElement().setAttribute("aria-label", "Media-literacy kit, home");

        HorizontalLayout header = new HorizontalLayout(home);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.getStyle().set("padding", "0 var(--lumo-space-m)");
        header.addToEnd(accountArea(authentication));

        SideNav nav = new SideNav();
        nav.setLabel("Main");
        nav.addItem(new SideNavItem("Home", "", VaadinIcon.HOME.create()));
        if (authentication.hasRole("TEACHER")) {
            nav.addItem(new SideNavItem("My classes", TeacherHomeView.class, VaadinIcon.USERS.create()));
            nav.addItem(new SideNavItem("Lessons", LessonsView.class, VaadinIcon.BOOK.create()));
            nav.addItem(new SideNavItem("Build a lesson", LessonBuilderView.class, VaadinIcon.EDIT.create()));
            nav.addItem(new SideNavItem("Teachers", ColleaguesView.class, VaadinIcon.ACADEMY_CAP.create()));
        }
        if (authentication.hasRole("STUDENT")) {
            nav.addItem(new SideNavItem("My work", StudentHomeView.class, VaadinIcon.NOTEBOOK.create()));
        }
        addToNavbar(new DrawerToggle(), header);
        addToDrawer(nav);
        setPrimarySection(Section.NAVBAR);
    }

    private static HorizontalLayout accountArea(AuthenticationContext authentication) {
        HorizontalLayout area = new HorizontalLayout();
        area.setAlignItems(FlexComponent.Alignment.CENTER);
        area.addClassName("kit-account");
        authentication.getPrincipalName().ifPresentOrElse(name -> {
            Button signOut = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Span signedIn = new Span("Signed in as " + name);
            signedIn.addClassName("kit-signed-in");
            area.add(signedIn, signOut);
        }, () -> area.add(new Anchor("login", "Sign in"), new Anchor("join", "Join a class")));
        return area;
    }
}
