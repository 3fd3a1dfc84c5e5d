package org.medialiteracy.kit.analysis.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.medialiteracy.kit.analysis.Analyzer;
import org.medialiteracy.kit.analysis.Label;
import org.medialiteracy.kit.analysis.LabelledSentence;

/**
 * Measures the labeller against answer keys (OpenNLP style: the evaluator ships beside the model).
 * Three kinds of key: the kit's gold files ({@link GoldFiles}), CheckThat subjectivity TSVs
 * (OPINION counts as SUBJ, every other label as OBJ) and the Pew fact-or-opinion statements.
 */
public final class Evaluator {

    public static final List<String> FIVE_LABELS = Arrays.stream(Label.values()).map(Label::name).toList();
    public static final List<String> CLAIM_LABELS = Arrays.stream(Label.values()).filter(Label::isClaim)
            .map(Label::name).toList();
    public static final List<String> OBJ_SUBJ = List.of("OBJ", "SUBJ");

    private final Analyzer analyzer;

    public Evaluator(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * Five-label agreement with gold files. With {@code claimsOnly} (the codebook's default scoring),
     * NOT_A_CLAIM gold items are skipped and macro-F1 averages the four claim labels.
     */
    public ConfusionMatrix againstGold(List<Path> files, boolean claimsOnly) throws IOException {
        List<GoldDocument> documents = new ArrayList<>();
        for (Path file : files) {
            documents.add(GoldFiles.read(file));
        }
        return againstDocuments(documents, claimsOnly);
    }

    /** The same for gold already in memory, e.g. the reviewed keys of lessons. */
    public ConfusionMatrix againstDocuments(List<GoldDocument> documents, boolean claimsOnly) {
        ConfusionMatrix matrix = new ConfusionMatrix(FIVE_LABELS, claimsOnly ? CLAIM_LABELS : FIVE_LABELS);
        for (GoldDocument gold : documents) {
            List<LabelledSentence> predicted = gold.inContext()
                    ? analyzer.analyze(gold.text()).sentences()
                    : analyzer.analyzeLines(gold.text()).sentences();
            for (GoldSentence key : gold.sentences()) {
                if (claimsOnly && key.label() == Label.NOT_A_CLAIM) {
                    continue;
                }
                Label label = key.alignedIn(predicted).map(LabelledSentence::label).orElse(Label.NOT_A_CLAIM);
                matrix.add(key.label().name(), label.name());
            }
        }
        return matrix;
    }

    /** OBJ/SUBJ agreement with CheckThat TSVs (columns found by header, no quote processing). */
    public ConfusionMatrix againstCheckThat(List<Path> files) throws IOException {
        ConfusionMatrix matrix = new ConfusionMatrix(OBJ_SUBJ);
        for (Path file : files) {
            List<String[]> rows = readTsv(file);
            String[] header = rows.getFirst();
            int sentenceColumn = column(header, "sentence", file);
            int labelColumn = column(header, "label", file);
            List<String> sentences = new ArrayList<>();
            List<String> gold = new ArrayList<>();
            for (String[] row : rows.subList(1, rows.size())) {
                if (row.length <= Math.max(sentenceColumn, labelColumn)) {
                    continue;
                }
                sentences.add(row[sentenceColumn].replace('\n', ' ').strip());
                gold.add(row[labelColumn].strip().toUpperCase(Locale.ROOT));
            }
            List<LabelledSentence> predicted = analyzer.analyzeLines(String.join("\n", sentences)).sentences();
            for (int i = 0; i < gold.size(); i++) {
                matrix.add(gold.get(i), predicted.get(i).label() == Label.OPINION ? "SUBJ" : "OBJ");
            }
        }
        return matrix;
    }

    /** Pew's ten statements: FACTUAL is keyed REPORTED_FACT, OPINION is keyed OPINION. */
    public PewResult againstPew(Path file) throws IOException {
        List<String[]> rows = readTsv(file);
        String[] header = rows.getFirst();
        int statementColumn = column(header, "statement", file);
        int labelColumn = column(header, "label", file);
        List<String> statements = new ArrayList<>();
        List<Label> gold = new ArrayList<>();
        for (String[] row : rows.subList(1, rows.size())) {
            statements.add(row[statementColumn].strip());
            gold.add(row[labelColumn].strip().equalsIgnoreCase("OPINION") ? Label.OPINION : Label.REPORTED_FACT);
        }
        List<LabelledSentence> predicted = analyzer.analyzeLines(String.join("\n", statements)).sentences();
        List<PewResult.Item> items = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            items.add(new PewResult.Item(statements.get(i), gold.get(i), predicted.get(i).label()));
        }
        return new PewResult(items);
    }

    private static List<String[]> readTsv(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                rows.add(line.split("\t", -1));
            }
        }
        if (rows.isEmpty()) {
            throw new IOException(file + " is empty");
        }
        return rows;
    }

    private static int column(String[] header, String name, Path file) throws IOException {
        for (int i = 0; i < header.length; i++) {
            if (header[i].strip().equalsIgnoreCase(name)) {
                return i;
            }
        }
        throw new IOException(file + " has no '" + name + "' column in its header");
    }
}
