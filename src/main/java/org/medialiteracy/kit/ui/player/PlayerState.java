package org.medialiteracy.kit.ui.player;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.ArrayList;
import java.util.List;
import org.medialiteracy.kit.lesson.Lesson;
import org.medialiteracy.kit.scoring.AnswerSheet;

/** What every panel of one lesson shares: the lesson, the answers so far, where they go, and the mode. */
final class PlayerState {

    final Lesson lesson;
    final AnswerSheet sheet;
    final PlayerMode mode;
    private final AnswerSink sink;
    private final List<Runnable> changeListeners = new ArrayList<>();
    private boolean submitted;

    PlayerState(Lesson lesson, AnswerSheet sheet, AnswerSink sink, PlayerMode mode, boolean submitted) {
        this.lesson = lesson;
        this.sheet = sheet;
        this.sink = sink;
        this.mode = mode;
        this.submitted = submitted;
    }

    /** Saves first, then shows: an answer the server refused is not shown as given. */
    boolean answer(String exerciseId, String item, String response) {
        if (submitted) {
            return false;
        }
        try {
            sink.save(exerciseId, item, response);
        } catch (RuntimeException refused) {
            Notification.show(refused.getMessage() == null ? "Your answer could not be saved." : refused.getMessage(),
                    6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return false;
        }
        sheet.put(exerciseId, item, response);
        changeListeners.forEach(Runnable::run);
        return true;
    }

    boolean practice() {
        return mode == PlayerMode.PRACTICE;
    }

    boolean submitted() {
        return submitted;
    }

    void markSubmitted() {
        submitted = true;
    }

    void onChange(Runnable listener) {
        changeListeners.add(listener);
    }
}
