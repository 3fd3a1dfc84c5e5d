package org.medialiteracy.kit.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The files a teacher can download: three gradebook imports, the item detail, and everything as JSON. */
public enum ExportFormat {
    CANVAS("csv"),
    MOODLE("csv"),
    GOOGLE("csv"),
    DETAIL("csv"),
    JSON("json");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return this == JSON ? "application/json" : "text/csv;charset=UTF-8";
    }

    /** The format named in a request, e.g. {@code canvas}; any case. */
    public static ExportFormat parse(String name) {
        return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(name == null ? "" : name.strip()))
                .findFirst()
                .orElseThrow(() -> new ExportOptionProblem("Unknown export format '" + name + "'. Use one of: "
                        + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", ")) + "."));
    }
}
