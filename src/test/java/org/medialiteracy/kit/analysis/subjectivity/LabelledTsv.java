package org.medialiteracy.kit.analysis.subjectivity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Reads labelled sentences from tab-separated files, with no quote processing (sentences hold quotes). */
final class LabelledTsv {

    private LabelledTsv() {
    }

    /** A CheckThat! file: columns found by the header (train/dev/dev_test and test differ in order). */
    static List<Example> readCheckThat(Path file) {
        List<String> lines = lines(file);
        List<String> header = Arrays.asList(lines.getFirst().split("\t", -1));
        int sentence = column(header, "sentence", file);
        int label = column(header, "label", file);
        return lines.stream().skip(1).filter(line -> !line.isBlank())
                .map(line -> line.split("\t", -1))
                .map(cells -> new Example(cells[sentence], isSubjective(cells[label].strip(), file)))
                .toList();
    }

    /**
     * Extra training sentences, e.g. reviewed lesson keys: {@code label<TAB>sentence}, no header;
     * {@code OPINION} or {@code SUBJ} is subjective, any other codebook label or {@code OBJ} is not.
     */
    static List<Example> readExtra(Path file) {
        return lines(file).stream().filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t", 2))
                .map(cells -> {
                    if (cells.length < 2) {
                        throw new IllegalArgumentException("expected label<TAB>sentence in " + file + ": " + cells[0]);
                    }
                    return new Example(cells[1].strip(), isSubjective(cells[0].strip(), file));
                })
                .toList();
    }

    private static boolean isSubjective(String label, Path file) {
        return switch (label) {
            case "SUBJ", "OPINION" -> true;
            case "OBJ", "NOT_A_CLAIM", "ANONYMOUS_SOURCE", "REPORTED_FACT", "UNSUPPORTED_ASSERTION" -> false;
            default -> throw new IllegalArgumentException("unknown label '" + label + "' in " + file);
        };
    }

    private static int column(List<String> header, String name, Path file) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException(file + " has no column " + name);
        }
        return index;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Example(String sentence, boolean subjective) {
    }
}
