package org.medialiteracy.kit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.ListItem;
import org.junit.jupiter.api.Test;
import org.medialiteracy.kit.lesson.KeyedSentence;
import org.medialiteracy.kit.lesson.Lesson;
import org.medialiteracy.kit.lesson.LessonLibrary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** Browserless: a teacher reads a lesson's whole key on one page, every article, every sentence. */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "rivera", roles = "TEACHER")
class LessonKeyViewIT extends SpringBrowserlessTest {

    @Autowired LessonLibrary library;

    @Test
    void every_sentence_of_every_article_is_listed_with_its_label_and_explanation() {
        Lesson lesson = library.lessons().stream().filter(l -> l.articles().size() == 2).findFirst().orElseThrow();
        LessonKeyView view = navigate("teacher/lessons/" + lesson.id().value() + "/key", LessonKeyView.class);
        String page = view.getElement().getTextRecursively();

        int sentences = lesson.articles().stream().mapToInt(a -> a.key().size()).sum();
        assertThat($(ListItem.class).from(view).all()).hasSize(sentences);
        for (KeyedSentence sentence : lesson.articles().get(1).key()) {
            assertThat(page).contains(sentence.explanation()).contains(sentence.label().displayName());
        }
        assertThat(page).contains("Article A", "Article B");
    }

    @Test
    void an_unknown_lesson_says_so() {
        LessonKeyView view = navigate("teacher/lessons/no-such-lesson/key", LessonKeyView.class);
        assertThat(view.getElement().getTextRecursively()).contains("Lesson not found");
    }
}
