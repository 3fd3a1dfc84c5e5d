package org.medialiteracy.kit.analysis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisCommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String input, String... args) {
        return AnalysisCommandLine.run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void analyze_reads_standard_input_and_prints_json() {
        assertThat(run("Follow\nNATO ministers will meet in Brussels on Wednesday.", "analyze", "-")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .startsWith("{\"sentences\":[{\"start\":0,\"end\":6,\"text\":\"Follow\",\"label\":\"NOT_A_CLAIM\"")
                .contains("\"label\":\"REPORTED_FACT\"");
    }

    @Test
    void analyze_lines_labels_each_line_alone(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("lines.txt");
        Files.writeString(file, "First. Second.\nThird.");
        assertThat(run("", "analyze", "--lines", file.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).split("\"start\"", -1)).hasSize(3);
    }

    @Test
    void evaluate_prints_scores_for_a_tsv_key(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.tsv");
        Files.writeString(gold, "OPINION\tAbortion should be legal in most cases.\nF\tNATO ministers met in Brussels on Wednesday.\n");
        assertThat(run("", "evaluate", gold.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("macro-F1").contains("Cohen's kappa");
    }

    @Test
    void rejected_input_gives_a_plain_message_and_status_one() {
        assertThat(run("   ", "analyze", "-")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("empty");
    }

    @Test
    void unknown_command_prints_usage_and_status_two() {
        assertThat(run("", "frobnicate")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage");
    }
}
