package org.medialiteracy.kit.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import org.medialiteracy.kit.classroom.AssignmentResults;

/** Writes results in one format; plain Java, so formats are tested and benchmarked without Spring. */
public final class ExportWriter {

    private ExportWriter() {
    }

    public static void write(List<AssignmentResults> results, ExportOptions options, Instant exportedAt, OutputStream out)
            throws IOException {
        switch (options.format()) {
            case CANVAS -> csv(out, options, sheet -> CanvasCsv.write(new Gradebook(results), sheet));
            case MOODLE -> csv(out, options, sheet -> MoodleCsv.write(new Gradebook(results), sheet));
            case GOOGLE -> csv(out, options, sheet -> GoogleClassroomCsv.write(new Gradebook(results), sheet));
            case DETAIL -> csv(out, options, sheet -> DetailCsv.write(results, sheet));
            case JSON -> ExportJson.write(results, options.choice(), exportedAt, out);
        }
    }

    private static void csv(OutputStream out, ExportOptions options, SheetContent content) throws IOException {
        CsvSheet sheet = new CsvSheet(out, options.excelBom());
        content.writeTo(sheet);
        sheet.finish();
    }

    @FunctionalInterface
    private interface SheetContent {
        void writeTo(CsvSheet sheet) throws IOException;
    }
}
