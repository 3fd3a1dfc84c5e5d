package org.medialiteracy.kit.lesson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.medialiteracy.kit.analysis.Analyzer;

/**
 * Prints the labeller's proposal for a seed as a draft lesson JSON: a starting point for a teacher
 * or developer who writes a reviewed answer key. Offsets point into the raw seed file text, as
 * lesson files require. The draft has one "Label the sentences" exercise over the whole article and
 * an empty provenance; review every sentence against the codebook before shipping it.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     org.medialiteracy.kit.lesson.DraftLessonTool seeds/000_2d726a9310d6e3bb.txt [lesson-id]
 * </pre>
 */
public final class DraftLessonTool {

    private DraftLessonTool() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: DraftLessonTool SEED_FILE [LESSON_ID]");
            System.exit(2);
        }
        Path seed = Path.of(args[0]);
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        String id = args.length == 2 ? args[1] : "draft";
        List<KeyedSentence> key = DraftLessonBuilder.draftKey(text, new Analyzer().analyze(text).sentences());
        Lesson draft = new Lesson(new LessonId(id), "Draft: " + seed.getFileName(), "9-10",
                List.of("Label the sentences"),
                List.of(LessonArticle.fromSeed(seed.getFileName().toString(), text, key)),
                List.of(new Exercise("label", ExerciseType.LABEL_SENTENCES, "Label the sentences",
                        "Give each sentence one label.", true,
                        List.of(new SentenceSelection.Passage(0, key.size() - 1)))),
                new Provenance("labeller draft (not reviewed)", Instant.now(), List.of()));
        SeedTexts seeds = SeedTexts.directory(seed.toAbsolutePath().getParent());
        System.out.print(new LessonFiles(seeds).toJson(draft));
    }
}
