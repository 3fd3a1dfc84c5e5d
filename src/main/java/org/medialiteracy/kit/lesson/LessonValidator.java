package org.medialiteracy.kit.lesson;

import static org.medialiteracy.kit.lesson.JsonFields.element;
import static org.medialiteracy.kit.lesson.JsonFields.field;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medialiteracy.kit.analysis.Cue;
import org.medialiteracy.kit.analysis.Label;

/**
 * Checks what the structure alone cannot: keys that fit their article, exercises that refer to
 * sentences that exist and ask what their type allows, and a provenance that matches the key.
 * Problems name the field with the same paths as the lesson file.
 */
final class LessonValidator {

    private static final int QUOTED_TEXT = 60;

    private final JsonFields report;

    LessonValidator(String file) {
        this.report = new JsonFields(file);
    }

    List<LessonProblem> check(Lesson lesson) {
        for (int i = 0; i < lesson.articles().size(); i++) {
            checkKey(lesson.articles().get(i), element("articles", i));
        }
        Map<String, Integer> exerciseIds = new HashMap<>();
        for (int i = 0; i < lesson.exercises().size(); i++) {
            Exercise exercise = lesson.exercises().get(i);
            String path = element("exercises", i);
            Integer earlier = exerciseIds.putIfAbsent(exercise.id(), i);
            if (earlier != null) {
                report.problem(field(path, "id"), "exercise id '" + exercise.id() + "' is already used by exercises["
                        + earlier + "]");
            }
            checkExercise(lesson, exercise, path);
        }
        checkProvenance(lesson);
        return report.problems();
    }

    private void checkKey(LessonArticle article, String articlePath) {
        String text = article.text();
        int previousEnd = 0;
        for (int i = 0; i < article.key().size(); i++) {
            KeyedSentence sentence = article.key().get(i);
            String path = element(field(articlePath, "key"), i);
            if (sentence.index() != i) {
                report.problem(field(path, "index"), "expected " + i + " (its position in the key), found "
                        + sentence.index());
            }
            if (sentence.start() < 0 || sentence.start() > text.length()) {
                report.problem(field(path, "start"), "offset " + sentence.start()
                        + " is outside the article text (0.." + text.length() + ")");
                continue;
            }
            if (sentence.end() <= sentence.start() || sentence.end() > text.length()) {
                report.problem(field(path, "end"), "offset " + sentence.end() + " must be after start "
                        + sentence.start() + " and at most the article length " + text.length());
                continue;
            }
            if (sentence.start() < previousEnd) {
                report.problem(field(path, "start"), "sentence starts at " + sentence.start()
                        + ", inside the previous sentence, which ends at " + previousEnd);
            }
            previousEnd = sentence.end();
            String actual = text.substring(sentence.start(), sentence.end());
            if (!actual.equals(sentence.text())) {
                report.problem(field(path, "text"), "does not match the article at " + sentence.start() + ".."
                        + sentence.end() + ", which reads \"" + shortened(actual) + "\"");
            }
            for (int c = 0; c < sentence.cues().size(); c++) {
                Cue cue = sentence.cues().get(c);
                if (cue.start() < sentence.start() || cue.end() > sentence.end()) {
                    report.problem(element(field(path, "cues"), c), "cue span " + cue.start() + ".." + cue.end()
                            + " is outside its sentence " + sentence.start() + ".." + sentence.end());
                }
            }
        }
    }

    private void checkExercise(Lesson lesson, Exercise exercise, String path) {
        boolean compare = exercise.type() == ExerciseType.COMPARE_ARTICLES;
        if (compare && lesson.articles().size() != 2) {
            report.problem(field(path, "type"), "COMPARE_ARTICLES needs a lesson with two articles");
            return;
        }
        if (exercise.type() == ExerciseType.FACT_OR_OPINION && exercise.includeNotAClaim()) {
            report.problem(field(path, "includeNotAClaim"),
                    "a fact-or-opinion sort uses only sentences keyed REPORTED_FACT or OPINION");
        }
        boolean referencesExist = true;
        for (int a = 0; a < exercise.selections().size(); a++) {
            String selectionPath = compare ? element(field(path, "articles"), a) : path;
            referencesExist &= checkSelection(lesson.articles().get(a), exercise, exercise.selections().get(a),
                    selectionPath);
        }
        if (referencesExist) {
            checkSomethingToScore(lesson, exercise, path);
        }
    }

    /** Returns whether every selected index exists in the key. */
    private boolean checkSelection(LessonArticle article, Exercise exercise, SentenceSelection selection,
                                   String path) {
        int size = article.key().size();
        switch (selection) {
            case SentenceSelection.Passage passage -> {
                boolean ok = true;
                if (passage.first() < 0 || passage.first() >= size) {
                    report.problem(field(path, "passage.first"), "no sentence " + passage.first() + " in the key");
                    ok = false;
                }
                if (passage.last() < 0 || passage.last() >= size) {
                    report.problem(field(path, "passage.last"), "no sentence " + passage.last() + " in the key");
                    ok = false;
                }
                if (ok && passage.last() < passage.first()) {
                    report.problem(field(path, "passage"), "the passage ends (" + passage.last()
                            + ") before it starts (" + passage.first() + ")");
                    return false;
                }
                if (ok) {
                    checkFactOrOpinion(article, exercise, passage.indexes(), field(path, "passage"), false);
                }
                return ok;
            }
            case SentenceSelection.Sentences sentences -> {
                boolean ok = true;
                Set<Integer> seen = new HashSet<>();
                for (int i = 0; i < sentences.indexes().size(); i++) {
                    int index = sentences.indexes().get(i);
                    String elementPath = element(field(path, "sentences"), i);
                    if (index < 0 || index >= size) {
                        report.problem(elementPath, "no sentence " + index + " in the key");
                        ok = false;
                    } else if (!seen.add(index)) {
                        report.problem(elementPath, "sentence " + index + " is listed twice");
                    }
                }
                if (ok) {
                    checkFactOrOpinion(article, exercise, sentences.indexes(), field(path, "sentences"), true);
                }
                return ok;
            }
        }
    }

    private void checkFactOrOpinion(LessonArticle article, Exercise exercise, List<Integer> indexes, String path,
                                    boolean perElement) {
        if (exercise.type() != ExerciseType.FACT_OR_OPINION) {
            return;
        }
        for (int i = 0; i < indexes.size(); i++) {
            KeyedSentence sentence = article.key().get(indexes.get(i));
            if (sentence.label() != Label.REPORTED_FACT && sentence.label() != Label.OPINION) {
                report.problem(perElement ? element(path, i) : path, "sentence " + sentence.index() + " is keyed "
                        + sentence.label() + "; a fact-or-opinion sort uses only sentences keyed REPORTED_FACT or OPINION");
            }
        }
    }

    private void checkSomethingToScore(Lesson lesson, Exercise exercise, String path) {
        for (int a = 0; a < exercise.selections().size(); a++) {
            List<KeyedSentence> items = exercise.scoredItems(lesson, a);
            String article = exercise.selections().size() > 1 ? " in article " + a : "";
            if (items.isEmpty()) {
                report.problem(path, "nothing to score" + article
                        + ": every selected sentence is contested or not asked about by this exercise");
            } else if (exercise.type() == ExerciseType.MARK_ANONYMOUS_SOURCES
                    && items.stream().allMatch(item -> item.anonymousSourceSpans().isEmpty())) {
                report.problem(path, "nothing to score: no selected sentence keyed ANONYMOUS_SOURCE has an "
                        + "ANONYMOUS_SOURCE or VAGUE_ATTRIBUTION cue");
            } else if (exercise.type() == ExerciseType.FIND_UNSUPPORTED
                    && items.stream().noneMatch(item -> item.label() == Label.UNSUPPORTED_ASSERTION)) {
                report.problem(path, "nothing to score: no selected claim is keyed UNSUPPORTED_ASSERTION");
            }
        }
    }

    private void checkProvenance(Lesson lesson) {
        List<LabellerChange> changes = lesson.provenance().labellerChanges();
        for (int i = 0; i < changes.size(); i++) {
            LabellerChange change = changes.get(i);
            String path = element("provenance.labellerChanges", i);
            if (change.article() < 0 || change.article() >= lesson.articles().size()) {
                report.problem(field(path, "article"), "no article " + change.article() + " in the lesson");
                continue;
            }
            List<KeyedSentence> key = lesson.articles().get(change.article()).key();
            if (change.sentence() < 0 || change.sentence() >= key.size()) {
                report.problem(field(path, "sentence"), "no sentence " + change.sentence() + " in the key");
                continue;
            }
            if (change.proposed() == change.finalLabel()) {
                report.problem(field(path, "final"), "is the proposed label; a change must change the label");
            }
            Label keyed = key.get(change.sentence()).label();
            if (keyed != change.finalLabel()) {
                report.problem(field(path, "final"), "sentence " + change.sentence() + " is keyed " + keyed
                        + ", not " + change.finalLabel());
            }
        }
    }

    private static String shortened(String text) {
        return text.length() <= QUOTED_TEXT ? text : text.substring(0, QUOTED_TEXT) + "…";
    }
}
