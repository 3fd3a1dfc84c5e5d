package org.medialiteracy.kit.export;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.medialiteracy.kit.classroom.AssignmentResults;
import org.medialiteracy.kit.classroom.GradebookService;
import org.springframework.stereotype.Service;

/**
 * Gradebook exports of one assignment or of a whole class. Reads the results through {@link GradebookService},
 * so the files show the dashboard's numbers and only the owning teacher gets them (others get Spring's
 * {@code AccessDeniedException}, as do unknown ids).
 */
@Service
public class ExportService {

    private final GradebookService gradebook;
    private final Clock clock;

    ExportService(GradebookService gradebook, Clock clock) {
        this.gradebook = gradebook;
        this.clock = clock;
    }

    public ExportFile assignmentExport(String teacherUsername, long assignmentId, ExportOptions options) {
        AssignmentResults results = gradebook.assignmentResults(teacherUsername, assignmentId, options.choice());
        return file("assignment-" + assignmentId + slug(results.title()), List.of(results), options);
    }

    /** Every assignment of the class, oldest first, side by side (one column group or detail block each). */
    public ExportFile classExport(String teacherUsername, long classId, ExportOptions options) {
        List<AssignmentResults> results = gradebook.classResults(teacherUsername, classId, options.choice());
        String className = results.stream().flatMap(r -> r.students().stream()).findFirst()
                .map(s -> s.student().className()).orElse("");
        return file("class-" + classId + slug(className), results, options);
    }

    private ExportFile file(String stem, List<AssignmentResults> results, ExportOptions options) {
        Instant exportedAt = clock.instant();
        String name = stem + "-" + options.format().name().toLowerCase(Locale.ROOT) + "-"
                + options.choice().name().toLowerCase(Locale.ROOT) + "." + options.format().extension();
        return new ExportFile(name, options.format().contentType(),
                out -> ExportWriter.write(results, options, exportedAt, out));
    }

    /** ASCII words of a title for the file name, so every browser and OS keeps it as given. */
    static String slug(String title) {
        String words = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (words.length() > 40) {
            words = words.substring(0, 40).replaceAll("-+$", "");
        }
        return words.isEmpty() ? "" : "-" + words;
    }
}
