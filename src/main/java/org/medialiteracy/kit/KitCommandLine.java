package org.medialiteracy.kit;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.medialiteracy.kit.analysis.Analyzer;
import org.medialiteracy.kit.analysis.SubjectivityScorer;
import org.medialiteracy.kit.analysis.cli.AnalysisCommandLine;
import org.medialiteracy.kit.analysis.eval.ConfusionMatrix;
import org.medialiteracy.kit.analysis.eval.Evaluator;
import org.medialiteracy.kit.analysis.eval.GoldDocument;
import org.medialiteracy.kit.analysis.subjectivity.EmbeddingSubjectivityScorer;
import org.medialiteracy.kit.analysis.subjectivity.LoadingScorer;
import org.medialiteracy.kit.lesson.LessonFiles;
import org.medialiteracy.kit.lesson.LessonGold;
import org.medialiteracy.kit.lesson.LessonLoadResult;
import org.medialiteracy.kit.lesson.SeedTexts;

/**
 * The jar's command line: {@code analyze} and {@code evaluate} run here, before and without the web server.
 * The labeller uses its learned part unless {@code --rules-only} is given; {@code evaluate --lessons DIR}
 * measures it against the reviewed keys of the lessons in DIR.
 */
final class KitCommandLine {

    static final String LESSONS_USAGE = "  evaluate --lessons DIR [--seeds DIR] [--claims-only]   score against the lesson keys in DIR\n"
            + "  add --rules-only to any command to leave out the learned part\n";

    private KitCommandLine() {
    }

    static boolean handles(String[] args) {
        return args.length > 0 && (args[0].equals("analyze") || args[0].equals("evaluate"));
    }

    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        boolean rulesOnly = rest.remove("--rules-only");
        // A cold run is mostly loading: the model loads on another core while the sentence models load here.
        try (LoadingScorer scorer = rulesOnly ? null : EmbeddingSubjectivityScorer.loadInBackground()) {
            if (rest.getFirst().equals("evaluate") && rest.contains("--lessons")) {
                return evaluateLessons(rest, new Analyzer(scorer), out, err);
            }
            int status = AnalysisCommandLine.run(rest.toArray(String[]::new), in, out, err, scorer);
            if (status == 2) {
                err.print(LESSONS_USAGE);
            }
            return status;
        }
    }

    private static int evaluateLessons(List<String> args, Analyzer analyzer, PrintStream out, PrintStream err) {
        boolean claimsOnly = args.remove("--claims-only");
        String lessonsDir = valueAfter(args, "--lessons", null);
        String seedsDir = valueAfter(args, "--seeds", "seeds");
        if (lessonsDir == null) {
            err.print(LESSONS_USAGE);
            return 2;
        }
        LessonLoadResult loaded = new LessonFiles(SeedTexts.directory(Path.of(seedsDir))).loadAll(Path.of(lessonsDir));
        loaded.problems().forEach(problem -> err.println("left out: " + problem));
        List<GoldDocument> gold = LessonGold.of(loaded.lessons());
        ConfusionMatrix matrix = new Evaluator(analyzer).againstDocuments(gold, claimsOnly);
        out.printf("%d lessons, keys of %d articles (contested items left out)%n", loaded.lessons().size(), gold.size());
        out.print(matrix.report());
        return 0;
    }

    private static String valueAfter(List<String> args, String flag, String fallback) {
        int at = args.indexOf(flag);
        return at >= 0 && at + 1 < args.size() ? args.get(at + 1) : fallback;
    }
}
