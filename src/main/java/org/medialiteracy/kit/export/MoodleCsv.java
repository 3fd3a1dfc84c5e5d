package org.medialiteracy.kit.export;

import java.io.IOException;
import org.medialiteracy.kit.classroom.RosterEntry;

/**
 * Moodle's grade import (Grades ▸ Import ▸ CSV file): map "Username" to username, each assignment title to
 * its grade item, and set the bracketed columns to "Ignore" (or keep them for the record).
 */
final class MoodleCsv {

    private MoodleCsv() {
    }

    static void write(Gradebook gradebook, CsvSheet sheet) throws IOException {
        sheet.text("Username").text("ID number").text("First name").text("Last name");
        gradebook.uniqueTitles().forEach(title -> GradeColumns.header(sheet, title));
        sheet.endRow();
        for (RosterEntry student : gradebook.students()) {
            NameParts name = NameParts.of(student.displayName());
            sheet.text(student.username()).number(student.studentId()).text(name.first()).text(name.last());
            for (int a = 0; a < gradebook.assignments().size(); a++) {
                GradeColumns.cells(sheet, gradebook.counted(a, student));
            }
            sheet.endRow();
        }
    }
}
