package org.medialiteracy.kit.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.medialiteracy.kit.article.ArticleRejectedException;
import org.medialiteracy.kit.classroom.AccountProblem;
import org.medialiteracy.kit.classroom.AttemptProblem;
import org.medialiteracy.kit.lesson.LessonFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The one error path of the UI: known refusals are shown in their own words, anything else is logged. */
@Component
class KitErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(KitErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable problem = rootOf(event.getThrowable());
        String message;
        if (problem instanceof AccountProblem || problem instanceof AttemptProblem
                || problem instanceof ArticleRejectedException || problem instanceof LessonFormatException) {
            message = problem.getMessage();
        } else if (problem instanceof AccessDeniedException) {
            message = "You are not allowed to do that.";
        } else {
            log.error("Unexpected error in the UI", event.getThrowable());
            message = "Something went wrong and it was logged. Your saved answers are safe; please reload the page.";
        }
        if (UI.getCurrent() != null) {
            Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private static Throwable rootOf(Throwable throwable) {
        Throwable current = throwable;
        while (current.getCause() != null && !(current instanceof AccountProblem || current instanceof AttemptProblem
                || current instanceof AccessDeniedException)) {
            current = current.getCause();
        }
        return current;
    }
}
