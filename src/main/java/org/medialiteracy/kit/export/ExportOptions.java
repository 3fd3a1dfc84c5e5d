package org.medialiteracy.kit.export;

import java.util.Locale;
import java.util.Objects;
import org.medialiteracy.kit.classroom.AttemptChoice;

/**
 * What to export: the format, which submitted attempt counts, and whether CSV files start with the byte
 * order mark Excel needs to read UTF-8 (ignored for JSON).
 */
public record ExportOptions(ExportFormat format, AttemptChoice choice, boolean excelBom) {

    public ExportOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(choice, "choice");
    }

    /** Options as a request spells them: {@code format=canvas}, {@code attempt=best|last}. */
    public static ExportOptions parse(String format, String attempt, boolean excelBom) {
        return new ExportOptions(ExportFormat.parse(format), choice(attempt), excelBom);
    }

    private static AttemptChoice choice(String attempt) {
        String name = attempt == null ? "" : attempt.strip().toUpperCase(Locale.ROOT);
        for (AttemptChoice choice : AttemptChoice.values()) {
            if (choice.name().equals(name)) {
                return choice;
            }
        }
        throw new ExportOptionProblem("Unknown attempt choice '" + attempt + "'. Use best or last.");
    }
}
