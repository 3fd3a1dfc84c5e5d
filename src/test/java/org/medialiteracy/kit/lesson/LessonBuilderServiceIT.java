package org.medialiteracy.kit.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.medialiteracy.kit.analysis.Label;
import org.medialiteracy.kit.article.ArticleRejectedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** The lesson builder takes any article, refuses bad input with a clear message, and never half-saves. */
@SpringBootTest(properties = "kit.lessons-dir=target/builder-lessons-${random.uuid}")
@ActiveProfiles("test")
@DirtiesContext
class LessonBuilderServiceIT {

    private static final String ARTICLE = "The council voted 7 to 2 on Tuesday, Mayor Ana Ortiz said.\n"
            + "A senior official, who asked not to be named, said the vote was rushed.\n"
            + "I think the plan is a bold step.\n";

    @Autowired LessonBuilderService builder;
    @Autowired LessonLibrary library;

    private LessonSpec spec(String id, List<String> objectives) {
        return new LessonSpec(id, "Council vote", "7-9", objectives, Set.of(ExerciseType.LABEL_SENTENCES), List.of(0, 1, 2));
    }

    @Test
    void a_pasted_article_becomes_a_saved_lesson_that_records_the_teachers_changes() {
        LessonDraft draft = builder.draftFromText(ARTICLE);
        List<KeyedSentence> reviewed = draft.proposedKey().stream()
                .map(s -> s.index() == 2 ? new KeyedSentence(s.index(), s.start(), s.end(), s.text(),
                        Label.UNSUPPORTED_ASSERTION, s.cues(), "Changed by the teacher.", true) : s)
                .toList();

        Lesson lesson = builder.build(draft, spec("council-vote", List.of("Tell facts from opinions")), reviewed, "rivera");
        builder.save(lesson, false);

        Lesson saved = library.find(new LessonId("council-vote")).orElseThrow();
        assertThat(saved.article().seed()).isEmpty();
        assertThat(saved.article().text()).isEqualTo(ARTICLE);
        assertThat(saved.provenance().labellerChanges()).extracting(LabellerChange::sentence).containsExactly(2);
        assertThat(saved.article().key().get(2).contested()).isTrue();
    }

    @Test
    void empty_binary_and_oversized_articles_are_refused_in_words() {
        assertThatThrownBy(() -> builder.draftFromText("   ")).isInstanceOf(ArticleRejectedException.class)
                .hasMessageNotContaining("Exception");
        assertThatThrownBy(() -> builder.draftFromUpload(new byte[] {0x50, 0x4b, 3, 4, 0, 0, 0, 8}, "lesson.txt"))
                .isInstanceOf(ArticleRejectedException.class);
        assertThatThrownBy(() -> builder.draftFromText("word ".repeat(50_000))).isInstanceOf(ArticleRejectedException.class);
    }

    @Test
    void html_upload_keeps_the_article_and_drops_scripts() {
        String html = "<html><head><script>steal()</script></head><body><nav>Home</nav>"
                + "<article><p>The council voted 7 to 2 on Tuesday.</p></article><footer>Follow us</footer></body></html>";
        LessonDraft draft = builder.draftFromUpload(html.getBytes(StandardCharsets.UTF_8), "page.html");

        assertThat(draft.text()).contains("The council voted 7 to 2 on Tuesday.").doesNotContain("steal").doesNotContain("Follow us");
    }

    @Test
    void a_lesson_with_problems_is_not_saved_and_an_existing_id_is_not_overwritten() throws Exception {
        LessonDraft draft = builder.draftFromText(ARTICLE);
        assertThatThrownBy(() -> builder.build(draft, spec("no-goals", List.of()), draft.proposedKey(), "rivera"))
                .isInstanceOf(LessonFormatException.class).hasMessageContaining("learningObjectives");

        Lesson lesson = builder.build(draft, spec("taken", List.of("Goal")), draft.proposedKey(), "rivera");
        builder.save(lesson, false);
        assertThatThrownBy(() -> builder.save(lesson, false)).isInstanceOf(LessonFormatException.class)
                .hasMessageContaining("exists already");
        assertThat(library.lessons()).extracting(l -> l.id().value()).containsOnlyOnce("taken").doesNotContain("no-goals");
    }

    @Test
    void a_malformed_lesson_file_is_refused_and_the_library_is_unchanged() {
        int before = library.lessons().size();
        assertThatThrownBy(() -> builder.importJson("{\"id\": \"broken\", \"title\": 42", "broken.json"))
                .isInstanceOf(LessonFormatException.class).hasMessageContaining("broken.json");
        assertThat(library.lessons()).hasSize(before);
        assertThat(Files.exists(Path.of("lessons", "broken.json"))).isFalse();
    }

    @Test
    void an_exported_lesson_imports_again_under_a_new_id() {
        LessonDraft draft = builder.draftFromText(ARTICLE);
        Lesson shipped = builder.build(draft, spec("to-export", List.of("Goal")), draft.proposedKey(), "rivera");
        builder.save(shipped, false);
        String json = builder.exportJson(shipped.id()).replace("\"id\" : \"" + shipped.id().value() + "\"",
                "\"id\" : \"copy-of-" + shipped.id().value() + "\"");

        Lesson copy = builder.importJson(json, "copy.json");

        assertThat(copy.title()).isEqualTo(shipped.title());
        assertThat(library.find(copy.id())).isPresent();
    }
}
