package org.medialiteracy.kit.export;

import java.util.Optional;
import org.medialiteracy.kit.classroom.ScoredAttempt;

/**
 * The five columns every gradebook file gives an assignment: points, then percent, submission time, late
 * flag and attempt number. Left empty, not 0, for a student who submitted nothing.
 */
final class GradeColumns {

    private static final String READ_ONLY = "(read only)";

    private GradeColumns() {
    }

    static void header(CsvSheet sheet, String name) {
        sheet.text(name).text(name + " [percent]").text(name + " [submitted at]").text(name + " [late]")
                .text(name + " [attempt]");
    }

    static void cells(CsvSheet sheet, Optional<ScoredAttempt> counted) {
        if (counted.isEmpty()) {
            sheet.empty().empty().empty().empty().empty();
            return;
        }
        ScoredAttempt attempt = counted.get();
        sheet.number(attempt.pointsEarned()).number(ExportValues.percent(attempt.percent())).time(attempt.submittedAt())
                .flag(attempt.late()).number(attempt.number());
    }

    /** Canvas's "Points Possible" row: the points, and "(read only)" so its importer skips the other four. */
    static void pointsPossible(CsvSheet sheet, int points) {
        sheet.number(points).text(READ_ONLY).text(READ_ONLY).text(READ_ONLY).text(READ_ONLY);
    }
}
