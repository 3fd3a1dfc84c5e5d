package org.medialiteracy.kit.analysis.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.medialiteracy.kit.analysis.Label;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads answer keys in the two simple gold formats.
 *
 * <ul>
 *   <li>JSON, one article: {@code {"text": "…", "sentences": [{"start": 0, "end": 42, "label": "OPINION"}]}}
 *       (a sentence with {@code "contested": true} is left out);
 *       offsets are Java String indices into {@code text}; predicted sentences are aligned to gold ones by
 *       largest overlap.</li>
 *   <li>TSV, lone sentences: one {@code label<TAB>sentence} per line, no header; each is labelled with no
 *       context. Lines starting with {@code #} and blank lines are skipped.</li>
 * </ul>
 * A label is a {@link Label} name ({@code REPORTED_FACT}), its one-letter code ({@code F}) or its display name.
 */
public final class GoldFiles {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private GoldFiles() {
    }

    /** The JSON gold files of a folder (one article each), in name order. */
    public static List<Path> articlesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    public static GoldDocument read(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") ? readJson(file) : readTsv(file);
    }

    static GoldDocument readJson(Path file) throws IOException {
        JsonNode root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        String text = root.path("text").asString();
        List<GoldSentence> sentences = new ArrayList<>();
        for (JsonNode node : root.path("sentences")) {
            if (node.path("contested").asBoolean(false)) {
                continue; // annotators could not agree on a label: not scored, as in the lesson keys
            }
            sentences.add(new GoldSentence(node.path("start").asInt(), node.path("end").asInt(),
                    parseLabel(node.path("label").asString())));
        }
        return new GoldDocument(text, sentences, true);
    }

    static GoldDocument readTsv(Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        List<GoldSentence> sentences = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IOException(file + ": expected 'label<TAB>sentence' but found: " + line);
            }
            String sentence = line.substring(tab + 1).strip();
            if (!text.isEmpty()) {
                text.append('\n');
            }
            int start = text.length();
            text.append(sentence);
            sentences.add(new GoldSentence(start, text.length(), parseLabel(line.substring(0, tab))));
        }
        return new GoldDocument(text.toString(), sentences, false);
    }

    /** Accepts {@code REPORTED_FACT}, {@code F} or {@code Reported fact}, in any case. */
    public static Label parseLabel(String value) {
        String wanted = value.strip();
        for (Label label : Label.values()) {
            if (label.name().equalsIgnoreCase(wanted) || label.shortCode().equalsIgnoreCase(wanted)
                    || label.displayName().equalsIgnoreCase(wanted)) {
                return label;
            }
        }
        throw new IllegalArgumentException("unknown label '" + value + "'");
    }
}
