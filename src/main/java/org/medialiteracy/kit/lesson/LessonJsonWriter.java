package org.medialiteracy.kit.lesson;

import org.medialiteracy.kit.analysis.Cue;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Writes a {@link Lesson} as the JSON tree {@link LessonJsonReader} reads. */
final class LessonJsonWriter {

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    ObjectNode write(Lesson lesson) {
        ObjectNode root = nodes.objectNode();
        root.put("id", lesson.id().value());
        root.put("title", lesson.title());
        root.put("gradeBand", lesson.gradeBand());
        ArrayNode objectives = root.putArray("learningObjectives");
        lesson.learningObjectives().forEach(objectives::add);
        ArrayNode articles = root.putArray("articles");
        lesson.articles().forEach(article -> articles.add(article(article)));
        ArrayNode exercises = root.putArray("exercises");
        lesson.exercises().forEach(exercise -> exercises.add(exercise(exercise)));
        root.set("provenance", provenance(lesson.provenance()));
        return root;
    }

    private ObjectNode article(LessonArticle article) {
        ObjectNode node = nodes.objectNode();
        article.seed().ifPresentOrElse(seed -> node.put("seed", seed), () -> node.put("text", article.text()));
        ArrayNode key = node.putArray("key");
        for (KeyedSentence sentence : article.key()) {
            ObjectNode keyed = key.addObject();
            keyed.put("index", sentence.index());
            keyed.put("start", sentence.start());
            keyed.put("end", sentence.end());
            keyed.put("text", sentence.text());
            keyed.put("label", sentence.label().name());
            ArrayNode cues = keyed.putArray("cues");
            for (Cue cue : sentence.cues()) {
                cues.addObject().put("start", cue.start()).put("end", cue.end()).put("kind", cue.kind().name());
            }
            keyed.put("explanation", sentence.explanation());
            keyed.put("contested", sentence.contested());
        }
        return node;
    }

    private ObjectNode exercise(Exercise exercise) {
        ObjectNode node = nodes.objectNode();
        node.put("id", exercise.id());
        node.put("type", exercise.type().name());
        node.put("title", exercise.title());
        node.put("instructions", exercise.instructions());
        node.put("includeNotAClaim", exercise.includeNotAClaim());
        if (exercise.type() == ExerciseType.COMPARE_ARTICLES) {
            ArrayNode perArticle = node.putArray("articles");
            exercise.selections().forEach(selection -> selection(perArticle.addObject(), selection));
        } else {
            selection(node, exercise.selection());
        }
        return node;
    }

    private void selection(ObjectNode node, SentenceSelection selection) {
        switch (selection) {
            case SentenceSelection.Passage passage ->
                    node.putObject("passage").put("first", passage.first()).put("last", passage.last());
            case SentenceSelection.Sentences sentences -> {
                ArrayNode indexes = node.putArray("sentences");
                sentences.indexes().forEach(indexes::add);
            }
        }
    }

    private ObjectNode provenance(Provenance provenance) {
        ObjectNode node = nodes.objectNode();
        node.put("reviewedBy", provenance.reviewedBy());
        node.put("reviewedAt", provenance.reviewedAt().toString());
        ArrayNode changes = node.putArray("labellerChanges");
        for (LabellerChange change : provenance.labellerChanges()) {
            changes.addObject()
                    .put("article", change.article())
                    .put("sentence", change.sentence())
                    .put("proposed", change.proposed().name())
                    .put("final", change.finalLabel().name());
        }
        return node;
    }
}
