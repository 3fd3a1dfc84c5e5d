package org.medialiteracy.kit.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.medialiteracy.kit.classroom.AttemptChoice;

class ExportOptionsTest {

    @Test
    void request_parameters_are_read_in_any_case() {
        assertThat(ExportOptions.parse("Canvas", "LAST", true))
                .isEqualTo(new ExportOptions(ExportFormat.CANVAS, AttemptChoice.LAST, true));
        assertThat(ExportOptions.parse("json", "best", false).format().contentType()).isEqualTo("application/json");
    }

    @Test
    void an_unknown_format_is_refused_with_the_known_ones_named() {
        assertThatThrownBy(() -> ExportOptions.parse("xlsx", "best", false)).isInstanceOf(ExportOptionProblem.class)
                .hasMessage("Unknown export format 'xlsx'. Use one of: canvas, moodle, google, detail, json.");
    }

    @Test
    void an_unknown_attempt_choice_is_refused() {
        assertThatThrownBy(() -> ExportOptions.parse("canvas", "first", false)).isInstanceOf(ExportOptionProblem.class)
                .hasMessage("Unknown attempt choice 'first'. Use best or last.");
    }

    @Test
    void file_names_carry_ascii_words_of_the_title() {
        assertThat(ExportService.slug("Fact or Opinion: Élan & the \"News\"!")).isEqualTo("-fact-or-opinion-lan-the-news");
        assertThat(ExportService.slug("¿¿")).isEmpty();
    }
}
