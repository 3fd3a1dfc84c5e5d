package org.medialiteracy.kit.export;

import java.io.IOException;
import org.medialiteracy.kit.classroom.RosterEntry;

/**
 * A sheet laid out like Google Classroom's grade list (Classroom imports no CSV; teachers sort by last name
 * and paste a grade column): username, first and last name, then each assignment's grade.
 */
final class GoogleClassroomCsv {

    private GoogleClassroomCsv() {
    }

    static void write(Gradebook gradebook, CsvSheet sheet) throws IOException {
        sheet.text("Username").text("First Name").text("Last Name");
        gradebook.uniqueTitles().forEach(title -> GradeColumns.header(sheet, title));
        sheet.endRow();
        for (RosterEntry student : gradebook.students()) {
            NameParts name = NameParts.of(student.displayName());
            sheet.text(student.username()).text(name.first()).text(name.last());
            for (int a = 0; a < gradebook.assignments().size(); a++) {
                GradeColumns.cells(sheet, gradebook.counted(a, student));
            }
            sheet.endRow();
        }
    }
}
