package org.medialiteracy.kit.lesson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.medialiteracy.kit.analysis.Analyzer;
import org.medialiteracy.kit.analysis.Label;
import org.medialiteracy.kit.article.ArticleImporter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * From any article to a saved lesson: the labeller proposes the key, the teacher reviews it, picks exercises,
 * and the lesson is checked like any lesson file before it is saved. Where the teacher changed the labeller's
 * label, the lesson records it.
 */
@Service
public class LessonBuilderService {

    private final Analyzer analyzer;
    private final ArticleImporter importer;
    private final LessonLibrary library;
    private final Path seedsDir;
    private final LessonFiles files;
    private final Clock clock;

    LessonBuilderService(Analyzer analyzer, ArticleImporter importer, LessonLibrary library,
                         @Value("${kit.seeds-dir:seeds}") String seedsDir, Clock clock) {
        this.analyzer = analyzer;
        this.importer = importer;
        this.library = library;
        this.seedsDir = Path.of(seedsDir);
        this.files = new LessonFiles(SeedTexts.directory(this.seedsDir));
        this.clock = clock;
    }

    public List<String> seeds() {
        try (Stream<Path> listing = Files.list(seedsDir)) {
            return listing.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the seeds in " + seedsDir, e);
        }
    }

    /** A seed's raw text is the lesson's text, so the key's offsets match the file. */
    public LessonDraft draftFromSeed(String seedFile) {
        String text = SeedTexts.directory(seedsDir).text(seedFile)
                .orElseThrow(() -> new LessonFormatException(List.of(new LessonProblem(seedFile, "seed", "no such seed article"))));
        return draft(seedFile, text);
    }

    /** Pasted text or an uploaded .txt/.html file; rejected input throws with a message for the teacher. */
    public LessonDraft draftFromUpload(byte[] bytes, String fileName) {
        return draft(null, importer.fromBytes(bytes, fileName).text());
    }

    public LessonDraft draftFromText(String pasted) {
        return draft(null, importer.fromText(pasted).text());
    }

    private LessonDraft draft(String seedFile, String text) {
        return new LessonDraft(seedFile, text, DraftLessonBuilder.draftKey(text, analyzer.analyze(text).sentences()));
    }

    /** Builds the lesson and checks it as a lesson file would be checked; throws with every problem found. */
    public Lesson build(LessonDraft draft, LessonSpec spec, List<KeyedSentence> reviewedKey, String reviewedBy) {
        LessonArticle article = draft.seedFile() == null ? LessonArticle.uploaded(draft.text(), reviewedKey)
                : LessonArticle.fromSeed(draft.seedFile(), draft.text(), reviewedKey);
        Provenance provenance = Provenance.reviewed(reviewedBy, clock.instant(), List.of(draft.proposedKey()),
                List.of(reviewedKey));
        Lesson lesson = new Lesson(new LessonId(spec.id()), spec.title().strip(), spec.gradeBand().strip(),
                spec.learningObjectives(), List.of(article), exercises(spec, reviewedKey), provenance);
        // Checked exactly as the file will be read back, so a saved lesson always loads.
        return files.parse(files.toJson(lesson), spec.id() + ".json");
    }

    /** Saves a new lesson; an existing id is only replaced when asked. */
    public void save(Lesson lesson, boolean replaceExisting) {
        if (!replaceExisting && library.find(lesson.id()).isPresent()) {
            throw new LessonFormatException(List.of(new LessonProblem(lesson.id().value() + ".json", "id",
                    "a lesson with this id exists already; choose another id")));
        }
        library.save(lesson);
        if (library.find(lesson.id()).isEmpty()) {
            throw new LessonFormatException(library.problems().stream()
                    .filter(p -> p.file().endsWith(lesson.id().value() + ".json")).toList());
        }
    }

    public List<Lesson> lessons() {
        return library.lessons();
    }

    /** Lesson files that could not be loaded, with the file and field at fault. */
    public List<LessonProblem> problems() {
        return library.problems();
    }

    public String exportJson(LessonId id) {
        return files.toJson(library.find(id).orElseThrow(() -> new LessonFormatException(
                List.of(new LessonProblem(id.value() + ".json", "id", "no such lesson")))));
    }

    /** Reads a lesson file a teacher uploaded, checks it fully, and adds it to the library. */
    public Lesson importJson(String json, String fileName) {
        Lesson lesson = files.parse(json, fileName);
        save(lesson, false);
        return lesson;
    }

    /** A lesson id from a title: lower case, digits and dashes, as lesson file names are. */
    public static String idFor(String title) {
        String id = title == null ? "" : title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return id.length() > 60 ? id.substring(0, 60).replaceAll("-+$", "") : id;
    }

    static List<Exercise> exercises(LessonSpec spec, List<KeyedSentence> key) {
        List<KeyedSentence> used = spec.usedSentences().stream().filter(i -> i >= 0 && i < key.size()).map(key::get).toList();
        List<Exercise> exercises = new ArrayList<>();
        for (ExerciseType type : ExerciseType.values()) {
            if (!spec.exerciseTypes().contains(type) || used.isEmpty()) {
                continue;
            }
            switch (type) {
                case LABEL_SENTENCES -> exercises.add(new Exercise("label", type, "Label the sentences",
                        "Give each sentence one label. Keys 1–5 pick a label.",
                        used.stream().anyMatch(s -> s.label() == Label.NOT_A_CLAIM),
                        List.of(new SentenceSelection.Sentences(used.stream().map(KeyedSentence::index).toList()))));
                case FACT_OR_OPINION -> exercises.add(new Exercise("fact-or-opinion", type, "Fact or opinion?",
                        "Is each sentence a reported fact you could check, or the writer's opinion?", false,
                        List.of(new SentenceSelection.Sentences(used.stream()
                                .filter(s -> s.label() == Label.REPORTED_FACT || s.label() == Label.OPINION)
                                .map(KeyedSentence::index).toList()))));
                case MARK_ANONYMOUS_SOURCES -> exercises.add(new Exercise("anonymous-sources", type,
                        "Mark the anonymous sources", "Mark every word that credits someone the reader cannot identify.",
                        false, List.of(passage(used))));
                case FIND_UNSUPPORTED -> exercises.add(new Exercise("unsupported", type, "Find the unsupported assertions",
                        "Tick the sentences that state something debatable as fact, with no source and no evidence.",
                        false, List.of(passage(used))));
                case COMPARE_ARTICLES -> { } // needs two articles: made from lesson files, not from one article
            }
        }
        return exercises;
    }

    private static SentenceSelection passage(List<KeyedSentence> used) {
        return new SentenceSelection.Passage(used.getFirst().index(), used.getLast().index());
    }
}
