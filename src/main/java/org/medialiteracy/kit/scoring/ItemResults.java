package org.medialiteracy.kit.scoring;

import java.util.ArrayList;
import java.util.List;
import org.medialiteracy.kit.analysis.Cue;
import org.medialiteracy.kit.analysis.Label;
import org.medialiteracy.kit.lesson.Exercise;
import org.medialiteracy.kit.lesson.KeyedSentence;
import org.medialiteracy.kit.lesson.Lesson;
import org.medialiteracy.kit.lesson.LessonArticle;

/** Lists an exercise's scored items with the key, the answer and whether it is right, item by item. */
public final class ItemResults {

    private ItemResults() {
    }

    public static List<ItemResult> of(Lesson lesson, Exercise exercise, Answers answers) {
        return switch (answers) {
            case Answers.Labels labels -> labelItems(lesson, exercise, labels);
            case Answers.Picks picks -> pickItems(lesson, exercise, picks);
            case Answers.Spans spans -> spanItems(lesson, exercise, spans);
            case Answers.Predictions predictions -> predictionItems(lesson, exercise, predictions);
        };
    }

    private static List<ItemResult> labelItems(Lesson lesson, Exercise exercise, Answers.Labels labels) {
        return exercise.scoredItems(lesson, 0).stream().map(item -> {
            String answer = labels.of(item.index()).map(Label::name).orElse("");
            return new ItemResult(exercise.id(), 0, item.index(), item.text(), item.label().name(), answer,
                    answer.equals(item.label().name()));
        }).toList();
    }

    private static List<ItemResult> pickItems(Lesson lesson, Exercise exercise, Answers.Picks picks) {
        return exercise.scoredItems(lesson, 0).stream().map(item -> {
            boolean picked = picks.sentences().contains(item.index());
            boolean unsupported = item.label() == Label.UNSUPPORTED_ASSERTION;
            return new ItemResult(exercise.id(), 0, item.index(), item.text(), item.label().name(),
                    picked ? "PICKED" : "", picked == unsupported);
        }).toList();
    }

    /** One row per key span (found or missed) and one per mark that found no unnamed source. */
    private static List<ItemResult> spanItems(Lesson lesson, Exercise exercise, Answers.Spans spans) {
        LessonArticle article = lesson.article();
        List<ItemResult> rows = new ArrayList<>();
        List<KeyedSentence> passage = article.sentences(exercise.selection().indexes());
        for (KeyedSentence sentence : passage) {
            for (Cue span : sentence.anonymousSourceSpans()) {
                boolean found = spans.marked().stream().anyMatch(m -> span.overlaps(m.start(), m.end()));
                rows.add(new ItemResult(exercise.id(), 0, sentence.index(), article.text().substring(span.start(), span.end()),
                        span.kind().name(), found ? "MARKED" : "", found));
            }
        }
        for (MarkedSpan mark : spans.marked()) {
            boolean onASource = passage.stream().flatMap(s -> s.anonymousSourceSpans().stream())
                    .anyMatch(span -> span.overlaps(mark.start(), mark.end()));
            if (!onASource) {
                rows.add(new ItemResult(exercise.id(), 0, sentenceAt(passage, mark.start()),
                        article.text().substring(mark.start(), Math.min(mark.end(), article.text().length())), "", "MARKED", false));
            }
        }
        return rows;
    }

    private static int sentenceAt(List<KeyedSentence> passage, int offset) {
        return passage.stream().filter(s -> s.start() <= offset && offset < s.end()).mapToInt(KeyedSentence::index)
                .findFirst().orElse(-1);
    }

    private static List<ItemResult> predictionItems(Lesson lesson, Exercise exercise, Answers.Predictions predictions) {
        CompareOutcome outcome = ExerciseScorer.score(lesson, exercise, predictions).comparison().orElseThrow();
        return List.of(prediction(exercise, "Which article relies more on opinion?", outcome.moreOpinion()),
                prediction(exercise, "Which article relies more on anonymous sources?", outcome.moreAnonymous()));
    }

    private static ItemResult prediction(Exercise exercise, String question, CompareOutcome.Prediction prediction) {
        String key = String.join(" or ", prediction.accepted().stream().sorted().map(ItemResults::articleName).toList());
        return new ItemResult(exercise.id(), -1, -1, question, key,
                prediction.answer().map(ItemResults::articleName).orElse(""), prediction.correct());
    }

    private static String articleName(int article) {
        return article == 0 ? "Article A" : "Article B";
    }
}
