package org.medialiteracy.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;

/**
 * The command line as a user runs it, from the jar in a JVM of its own that exits when done. Every sentence here credits a
 * named speaker, so the labeller never waits for the model: the JVM used to exit while ONNX Runtime was still
 * building its session on the loader thread, and crashed in native code in four runs out of six.
 */
class CommandLineProcessIT {

    /** Built by the package phase, before the integration tests run. */
    private static final Path JAR = Path.of("target", "media-literacy-kit.jar");

    @RepeatedTest(5)
    void analyze_exits_cleanly_even_when_no_sentence_needed_the_model() throws Exception {
        Process process = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "analyze", "-"))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (var stdin = process.getOutputStream()) {
            stdin.write("“We are ready,” Foreign Minister Elina Valtonen said.".getBytes(StandardCharsets.UTF_8));
        }
        String stdout = read(process);

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(stdout).isZero();
        assertThat(stdout.strip()).startsWith("{\"sentences\":[").endsWith("]}").doesNotContain("fatal error");
    }

    private static String read(Process process) throws IOException {
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
