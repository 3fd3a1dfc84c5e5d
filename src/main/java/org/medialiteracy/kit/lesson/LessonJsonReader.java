package org.medialiteracy.kit.lesson;

import static org.medialiteracy.kit.lesson.JsonFields.element;
import static org.medialiteracy.kit.lesson.JsonFields.field;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.medialiteracy.kit.analysis.Cue;
import org.medialiteracy.kit.analysis.CueKind;
import org.medialiteracy.kit.analysis.Label;
import tools.jackson.databind.JsonNode;

/**
 * Turns a lesson file's JSON tree into a {@link Lesson}, checking the structure: required fields,
 * kinds of values, enum names, known seeds. Every problem is recorded; a lesson is returned only
 * when there are none. Field names are those of {@code docs/lesson.schema.json}.
 */
final class LessonJsonReader {

    private final JsonFields json;
    private final SeedTexts seeds;

    LessonJsonReader(String file, SeedTexts seeds) {
        this.json = new JsonFields(file);
        this.seeds = seeds;
    }

    List<LessonProblem> problems() {
        return json.problems();
    }

    Optional<Lesson> read(JsonNode root) {
        if (!json.isObject(root, "$")) {
            return Optional.empty();
        }
        json.onlyKnownFields(root, "", Set.of("id", "title", "gradeBand", "learningObjectives",
                "articles", "exercises", "provenance"));
        String id = json.text(root, "id", "");
        if (id != null && !LessonId.isWellFormed(id)) {
            json.problem("id", "'" + id + "' must be lowercase letters, digits and hyphens, like elm-park: "
                    + "it names the lesson's file");
            id = null;
        }
        String title = json.text(root, "title", "");
        String gradeBand = json.text(root, "gradeBand", "");
        List<String> objectives = learningObjectives(root);
        List<LessonArticle> articles = articles(root);
        List<Exercise> exercises = exercises(root);
        Provenance provenance = provenance(root);
        if (!json.problems().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Lesson(new LessonId(id), title, gradeBand, objectives, articles, exercises,
                provenance));
    }

    private List<String> learningObjectives(JsonNode root) {
        List<JsonNode> nodes = json.array(root, "learningObjectives", "", true, 1);
        if (nodes == null) {
            return List.of();
        }
        List<String> objectives = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            String path = element("learningObjectives", i);
            String objective = json.stringValue(nodes.get(i), path);
            if (objective != null && objective.isBlank()) {
                json.problem(path, "must not be blank");
            } else if (objective != null) {
                objectives.add(objective);
            }
        }
        return objectives;
    }

    private List<LessonArticle> articles(JsonNode root) {
        List<JsonNode> nodes = json.array(root, "articles", "", true, 1);
        if (nodes == null) {
            return List.of();
        }
        if (nodes.size() > 2) {
            json.problem("articles", "a lesson has one article, or two for a comparison, not " + nodes.size());
        }
        List<LessonArticle> articles = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            article(nodes.get(i), element("articles", i)).ifPresent(articles::add);
        }
        return articles;
    }

    private Optional<LessonArticle> article(JsonNode node, String path) {
        if (!json.isObject(node, path)) {
            return Optional.empty();
        }
        json.onlyKnownFields(node, path, Set.of("seed", "text", "key"));
        boolean hasSeed = json.has(node, "seed");
        boolean hasText = json.has(node, "text");
        String seed = null;
        String text = null;
        if (hasSeed == hasText) {
            json.problem(path, "give exactly one of 'seed' (a file in the seeds directory) or 'text' (an uploaded article)");
        } else if (hasSeed) {
            seed = json.text(node, "seed", path);
            if (seed != null) {
                text = seeds.text(seed).orElse(null);
                if (text == null) {
                    json.problem(field(path, "seed"), "no seed file '" + seed + "' in the seeds directory");
                }
            }
        } else {
            text = json.text(node, "text", path);
        }
        List<KeyedSentence> key = key(node, path);
        if (text == null || key == null) {
            return Optional.empty();
        }
        return Optional.of(new LessonArticle(seed, text, key));
    }

    private List<KeyedSentence> key(JsonNode article, String articlePath) {
        List<JsonNode> nodes = json.array(article, "key", articlePath, true, 1);
        if (nodes == null) {
            return null;
        }
        List<KeyedSentence> key = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            String path = element(field(articlePath, "key"), i);
            if (json.isObject(nodes.get(i), path)) {
                keyedSentence(nodes.get(i), path).ifPresent(key::add);
            }
        }
        return key.size() == nodes.size() ? key : null;
    }

    private Optional<KeyedSentence> keyedSentence(JsonNode node, String path) {
        json.onlyKnownFields(node, path, Set.of("index", "start", "end", "text", "label", "cues", "explanation",
                "contested"));
        Integer index = json.integer(node, "index", path);
        Integer start = json.integer(node, "start", path);
        Integer end = json.integer(node, "end", path);
        String text = json.string(node, "text", path);
        Label label = json.enumValue(node, "label", path, Label.class);
        List<Cue> cues = cues(node, path);
        String explanation = json.string(node, "explanation", path);
        Boolean contested = json.optionalBoolean(node, "contested", path, false);
        if (index == null || start == null || end == null || text == null || label == null || cues == null
                || explanation == null || contested == null) {
            return Optional.empty();
        }
        return Optional.of(new KeyedSentence(index, start, end, text, label, cues, explanation, contested));
    }

    private List<Cue> cues(JsonNode sentence, String sentencePath) {
        List<JsonNode> nodes = json.array(sentence, "cues", sentencePath, false, 0);
        if (nodes == null) {
            return null;
        }
        List<Cue> cues = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            String path = element(field(sentencePath, "cues"), i);
            JsonNode node = nodes.get(i);
            if (!json.isObject(node, path)) {
                continue;
            }
            json.onlyKnownFields(node, path, Set.of("start", "end", "kind"));
            Integer start = json.integer(node, "start", path);
            Integer end = json.integer(node, "end", path);
            CueKind kind = json.enumValue(node, "kind", path, CueKind.class);
            if (start != null && end != null && (start < 0 || end <= start)) {
                json.problem(path, "cue span " + start + ".." + end + " is empty or negative");
            } else if (start != null && end != null && kind != null) {
                cues.add(new Cue(start, end, kind));
            }
        }
        return cues.size() == nodes.size() ? cues : null;
    }

    private List<Exercise> exercises(JsonNode root) {
        List<JsonNode> nodes = json.array(root, "exercises", "", true, 1);
        if (nodes == null) {
            return List.of();
        }
        List<Exercise> exercises = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            String path = element("exercises", i);
            if (json.isObject(nodes.get(i), path)) {
                exercise(nodes.get(i), path).ifPresent(exercises::add);
            }
        }
        return exercises;
    }

    private Optional<Exercise> exercise(JsonNode node, String path) {
        json.onlyKnownFields(node, path, Set.of("id", "type", "title", "instructions", "includeNotAClaim",
                "sentences", "passage", "articles"));
        String id = json.text(node, "id", path);
        ExerciseType type = json.enumValue(node, "type", path, ExerciseType.class);
        String title = json.text(node, "title", path);
        String instructions = json.text(node, "instructions", path);
        Boolean includeNotAClaim = json.optionalBoolean(node, "includeNotAClaim", path, false);
        List<SentenceSelection> selections = type == null ? null : selections(node, path, type);
        if (id == null || type == null || title == null || instructions == null || includeNotAClaim == null
                || selections == null) {
            return Optional.empty();
        }
        return Optional.of(new Exercise(id, type, title, instructions, includeNotAClaim, selections));
    }

    private List<SentenceSelection> selections(JsonNode exercise, String path, ExerciseType type) {
        if (type != ExerciseType.COMPARE_ARTICLES) {
            if (json.has(exercise, "articles")) {
                json.problem(field(path, "articles"), "only a COMPARE_ARTICLES exercise selects sentences per article");
            }
            return selection(exercise, path).map(List::of).orElse(null);
        }
        if (json.has(exercise, "sentences") || json.has(exercise, "passage")) {
            json.problem(path, "a COMPARE_ARTICLES exercise selects sentences per article, in 'articles'");
        }
        List<JsonNode> nodes = json.array(exercise, "articles", path, true, 2);
        if (nodes == null) {
            return null;
        }
        if (nodes.size() != 2) {
            json.problem(field(path, "articles"), "a comparison selects sentences in exactly two articles");
            return null;
        }
        List<SentenceSelection> selections = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            String articlePath = element(field(path, "articles"), i);
            if (json.isObject(nodes.get(i), articlePath)) {
                json.onlyKnownFields(nodes.get(i), articlePath, Set.of("sentences", "passage"));
                selection(nodes.get(i), articlePath).ifPresent(selections::add);
            }
        }
        return selections.size() == nodes.size() ? selections : null;
    }

    private Optional<SentenceSelection> selection(JsonNode node, String path) {
        boolean hasSentences = json.has(node, "sentences");
        boolean hasPassage = json.has(node, "passage");
        if (hasSentences == hasPassage) {
            json.problem(path, "give exactly one of 'sentences' (a list of key indexes) or 'passage' (first and last index)");
            return Optional.empty();
        }
        if (hasPassage) {
            JsonNode passage = json.object(node, "passage", path);
            if (passage == null) {
                return Optional.empty();
            }
            String passagePath = field(path, "passage");
            json.onlyKnownFields(passage, passagePath, Set.of("first", "last"));
            Integer first = json.integer(passage, "first", passagePath);
            Integer last = json.integer(passage, "last", passagePath);
            return first == null || last == null
                    ? Optional.empty()
                    : Optional.of(new SentenceSelection.Passage(first, last));
        }
        List<JsonNode> nodes = json.array(node, "sentences", path, true, 1);
        if (nodes == null) {
            return Optional.empty();
        }
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            indexes.add(json.integerValue(nodes.get(i), element(field(path, "sentences"), i)));
        }
        return indexes.contains(null)
                ? Optional.empty()
                : Optional.of(new SentenceSelection.Sentences(indexes));
    }

    private Provenance provenance(JsonNode root) {
        JsonNode node = json.object(root, "provenance", "");
        if (node == null) {
            return null;
        }
        json.onlyKnownFields(node, "provenance", Set.of("reviewedBy", "reviewedAt", "labellerChanges"));
        String reviewedBy = json.text(node, "reviewedBy", "provenance");
        Instant reviewedAt = instant(node, "reviewedAt", "provenance");
        List<JsonNode> nodes = json.array(node, "labellerChanges", "provenance", false, 0);
        if (nodes == null) {
            return null;
        }
        List<LabellerChange> changes = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            String path = element("provenance.labellerChanges", i);
            JsonNode change = nodes.get(i);
            if (!json.isObject(change, path)) {
                continue;
            }
            json.onlyKnownFields(change, path, Set.of("article", "sentence", "proposed", "final"));
            Integer article = json.optionalInteger(change, "article", path, 0);
            Integer sentence = json.integer(change, "sentence", path);
            Label proposed = json.enumValue(change, "proposed", path, Label.class);
            Label finalLabel = json.enumValue(change, "final", path, Label.class);
            if (article != null && sentence != null && proposed != null && finalLabel != null) {
                changes.add(new LabellerChange(article, sentence, proposed, finalLabel));
            }
        }
        if (reviewedBy == null || reviewedAt == null || changes.size() != nodes.size()) {
            return null;
        }
        return new Provenance(reviewedBy, reviewedAt, changes);
    }

    private Instant instant(JsonNode parent, String name, String path) {
        String value = json.string(parent, name, path);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            json.problem(field(path, name), "'" + value + "' is not a UTC timestamp like 2026-11-20T14:30:00Z");
            return null;
        }
    }
}
