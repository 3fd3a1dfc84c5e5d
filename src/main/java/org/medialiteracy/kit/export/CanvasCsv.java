package org.medialiteracy.kit.export;

import java.io.IOException;
import org.medialiteracy.kit.classroom.AssignmentResults;
import org.medialiteracy.kit.classroom.RosterEntry;

/**
 * Canvas's gradebook import: its five student columns, an assignment column headed {@code Title (id)} with
 * points, and the "Points Possible" row Canvas exports; percent, time, late and attempt follow each
 * assignment, marked read only in that row so Canvas leaves them out of the import.
 */
final class CanvasCsv {

    /** Canvas's own exports indent this label; its importer finds the row by "Points Possible". */
    static final String POINTS_POSSIBLE = "    Points Possible";

    private CanvasCsv() {
    }

    static void write(Gradebook gradebook, CsvSheet sheet) throws IOException {
        sheet.text("Student").text("ID").text("SIS User ID").text("SIS Login ID").text("Section");
        for (AssignmentResults assignment : gradebook.assignments()) {
            GradeColumns.header(sheet, assignment.title() + " (" + assignment.assignmentId() + ")");
        }
        sheet.endRow();
        sheet.text(POINTS_POSSIBLE).empty().empty().empty().empty();
        for (AssignmentResults assignment : gradebook.assignments()) {
            GradeColumns.pointsPossible(sheet, assignment.pointsPossible());
        }
        sheet.endRow();
        for (RosterEntry student : gradebook.students()) {
            sheet.text(student.displayName()).number(student.studentId()).empty().text(student.username())
                    .text(student.className());
            for (int a = 0; a < gradebook.assignments().size(); a++) {
                GradeColumns.cells(sheet, gradebook.counted(a, student));
            }
            sheet.endRow();
        }
    }
}
