package org.medialiteracy.kit.analysis.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.medialiteracy.kit.analysis.Analysis;
import org.medialiteracy.kit.analysis.AnalysisJson;
import org.medialiteracy.kit.analysis.Analyzer;
import org.medialiteracy.kit.analysis.SubjectivityScorer;
import org.medialiteracy.kit.analysis.eval.ConfusionMatrix;
import org.medialiteracy.kit.analysis.eval.Evaluator;
import org.medialiteracy.kit.analysis.eval.PewResult;
import org.medialiteracy.kit.article.Article;
import org.medialiteracy.kit.article.ArticleImporter;
import org.medialiteracy.kit.article.ArticleRejectedException;

/**
 * The command line of the analysis engine, plain Java so it runs without starting the web server.
 *
 * <pre>
 * analyze FILE | -            label an article (text or HTML; "-" reads standard input), print JSON
 * analyze --lines FILE | -    label each line alone, one JSON entry per line
 * evaluate [--claims-only] GOLD...     five-label scores against gold files (.json article keys, .tsv lines)
 * evaluate --checkthat TSV...          OBJ/SUBJ scores against CheckThat files
 * evaluate --pew TSV                   fact-or-opinion sort of Pew's statements
 * </pre>
 * Exit status: 0 done, 1 input could not be read or was rejected, 2 wrong usage.
 */
public final class AnalysisCommandLine {

    static final String USAGE = """
            usage:
              analyze FILE|-                 label an article (plain text or HTML), print JSON
              analyze --lines FILE|-         label each line on its own, one JSON entry per line
              evaluate [--claims-only] GOLD...   score against gold keys (.json article, .tsv label<TAB>sentence)
              evaluate --checkthat TSV...    OBJ/SUBJ macro-F1 against CheckThat files (OPINION = SUBJ)
              evaluate --pew TSV             fact or opinion on Pew's statements
            """;

    private AnalysisCommandLine() {
    }

    /** For running the engine on its own ({@code java -cp … AnalysisCommandLine evaluate …}). */
    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /** Runs the command with rules alone; returns the exit status. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, in, out, err, null);
    }

    /** Runs the command with an optional learned scorer (null for rules alone); returns the exit status. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, SubjectivityScorer scorer) {
        if (args.length == 0) {
            err.print(USAGE);
            return 2;
        }
        Analyzer analyzer = new Analyzer(scorer);
        List<String> rest = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
        try {
            return switch (args[0]) {
                case "analyze" -> analyze(analyzer, rest, in, out, err);
                case "evaluate" -> evaluate(analyzer, rest, out, err);
                default -> {
                    err.print(USAGE);
                    yield 2;
                }
            };
        } catch (ArticleRejectedException rejected) {
            err.println(rejected.getMessage());
            return 1;
        } catch (IOException | IllegalArgumentException unreadable) {
            err.println("Could not read the input: " + unreadable.getMessage());
            return 1;
        }
    }

    private static int analyze(Analyzer analyzer, List<String> args, InputStream in, PrintStream out,
                               PrintStream err) throws IOException {
        boolean lines = args.remove("--lines");
        if (args.size() != 1) {
            err.print(USAGE);
            return 2;
        }
        String source = args.getFirst();
        byte[] bytes = source.equals("-") ? in.readAllBytes() : Files.readAllBytes(Path.of(source));
        Article article = new ArticleImporter().fromBytes(bytes, source.equals("-") ? null : source);
        Analysis analysis = lines ? analyzer.analyzeLines(article.text()) : analyzer.analyze(article);
        out.println(AnalysisJson.write(analysis));
        return 0;
    }

    private static int evaluate(Analyzer analyzer, List<String> args, PrintStream out, PrintStream err)
            throws IOException {
        boolean checkThat = args.remove("--checkthat");
        boolean pew = args.remove("--pew");
        boolean claimsOnly = args.remove("--claims-only");
        if (args.isEmpty() || (checkThat && pew)) {
            err.print(USAGE);
            return 2;
        }
        List<Path> files = args.stream().map(Path::of).toList();
        Evaluator evaluator = new Evaluator(analyzer);
        if (pew) {
            PewResult result = evaluator.againstPew(files.getFirst());
            for (PewResult.Item item : result.items()) {
                out.printf(Locale.ROOT, "%s  gold %-13s predicted %-21s %s%n", item.sortedRight() ? "ok " : "BAD",
                        item.gold(), item.predicted(), item.statement());
            }
            out.printf(Locale.ROOT, "fact vs opinion: %d of %d correct; exact label: %d of %d%n",
                    result.sortedRight(), result.items().size(), result.exact(), result.items().size());
            return 0;
        }
        ConfusionMatrix matrix = checkThat ? evaluator.againstCheckThat(files) : evaluator.againstGold(files, claimsOnly);
        out.print(matrix.report());
        return 0;
    }
}
