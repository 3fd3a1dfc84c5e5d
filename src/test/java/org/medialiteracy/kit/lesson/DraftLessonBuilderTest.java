package org.medialiteracy.kit.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medialiteracy.kit.analysis.Cue;
import org.medialiteracy.kit.analysis.CueKind;
import org.medialiteracy.kit.analysis.Label;
import org.medialiteracy.kit.analysis.LabelledSentence;

class DraftLessonBuilderTest {

    private static final String ARTICLE = "Talks resume. Sources say a deal is near. I doubt it.";
    private static final LabelledSentence TALKS = new LabelledSentence(0, 13, "Talks resume.", Label.REPORTED_FACT,
            List.of(), "Reported fact: a checkable event.");
    private static final LabelledSentence SOURCES = new LabelledSentence(14, 41, "Sources say a deal is near.",
            Label.ANONYMOUS_SOURCE, List.of(new Cue(14, 25, CueKind.VAGUE_ATTRIBUTION)),
            "Anonymous sourcing: which sources?");
    private static final LabelledSentence DOUBT = new LabelledSentence(42, 53, "I doubt it.", Label.OPINION,
            List.of(new Cue(42, 43, CueKind.FIRST_PERSON)), "Opinion: the writer doubts.");

    @Test
    void the_draft_key_numbers_the_proposal_in_text_order_with_nothing_contested() {
        List<KeyedSentence> key = DraftLessonBuilder.draftKey(ARTICLE, List.of(DOUBT, TALKS, SOURCES));

        assertThat(key).containsExactly(
                new KeyedSentence(0, 0, 13, "Talks resume.", Label.REPORTED_FACT, List.of(),
                        "Reported fact: a checkable event.", false),
                new KeyedSentence(1, 14, 41, "Sources say a deal is near.", Label.ANONYMOUS_SOURCE,
                        List.of(new Cue(14, 25, CueKind.VAGUE_ATTRIBUTION)), "Anonymous sourcing: which sources?", false),
                new KeyedSentence(2, 42, 53, "I doubt it.", Label.OPINION, List.of(new Cue(42, 43, CueKind.FIRST_PERSON)),
                        "Opinion: the writer doubts.", false));
    }

    @Test
    void a_proposal_that_does_not_match_the_article_text_is_refused() {
        LabelledSentence wrong = new LabelledSentence(0, 13, "Talks stall..", Label.REPORTED_FACT, List.of(), "");

        assertThatThrownBy(() -> DraftLessonBuilder.draftKey(ARTICLE, List.of(wrong)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("proposed sentence 0..13 does not match the article text");
    }

    @Test
    void overlapping_proposed_sentences_are_refused() {
        LabelledSentence overlapping = new LabelledSentence(6, 20, "resume. Source", Label.OPINION, List.of(), "");

        assertThatThrownBy(() -> DraftLessonBuilder.draftKey(ARTICLE, List.of(TALKS, overlapping)))
                .hasMessage("proposed sentence 6..20 overlaps the previous sentence");
    }

    @Test
    void a_review_records_each_label_the_teacher_changed() {
        List<KeyedSentence> draft = DraftLessonBuilder.draftKey(ARTICLE, List.of(TALKS, SOURCES, DOUBT));
        List<KeyedSentence> reviewed = new ArrayList<>(draft);
        KeyedSentence doubt = draft.get(2);
        reviewed.set(2, new KeyedSentence(2, doubt.start(), doubt.end(), doubt.text(), Label.UNSUPPORTED_ASSERTION,
                doubt.cues(), "Unsupported assertion.", false));

        Provenance provenance = Provenance.reviewed("Mr Lee", Instant.parse("2026-11-21T09:00:00Z"),
                List.of(draft), List.of(reviewed));

        assertThat(provenance.labellerChanges())
                .containsExactly(new LabellerChange(0, 2, Label.OPINION, Label.UNSUPPORTED_ASSERTION));
    }

    @Test
    void a_reviewed_draft_becomes_a_lesson_that_passes_the_checks() {
        List<KeyedSentence> key = DraftLessonBuilder.draftKey(ARTICLE, List.of(TALKS, SOURCES, DOUBT));
        Lesson lesson = new Lesson(new LessonId("talks"), "Talks", "9-10", List.of("Spot anonymous sources"),
                List.of(LessonArticle.uploaded(ARTICLE, key)),
                List.of(new Exercise("label", ExerciseType.LABEL_SENTENCES, "Label", "Label each sentence.", false,
                        List.of(new SentenceSelection.Passage(0, 2)))),
                Provenance.reviewed("Mr Lee", Instant.parse("2026-11-21T09:00:00Z"), List.of(key), List.of(key)));

        assertThat(LessonFixtures.lessonFiles().check(lesson, "lessons/talks.json")).isEmpty();
    }
}
