package org.medialiteracy.kit.lesson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where a lesson's seed article texts come from. */
@FunctionalInterface
public interface SeedTexts {

    /** The text of the named seed file, or empty if there is no such seed. */
    Optional<String> text(String seedFile);

    /**
     * Seeds as UTF-8 files of one directory (the project's {@code seeds/}). Names with a path
     * separator or {@code ..} are unknown seeds, so a lesson cannot read outside the directory.
     */
    static SeedTexts directory(Path seedsDir) {
        return seedFile -> {
            if (seedFile.contains("/") || seedFile.contains("\\") || seedFile.contains("..")) {
                return Optional.empty();
            }
            Path file = seedsDir.resolve(seedFile);
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            try {
                return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read seed " + file, e);
            }
        };
    }
}
