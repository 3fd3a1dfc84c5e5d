package org.medialiteracy.kit.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.medialiteracy.kit.analysis.Label;
import org.medialiteracy.kit.scoring.ConfusionMatrix;

class ConfusionMatrixChartTest {

    private final ConfusionMatrix matrix = ConfusionMatrix.empty()
            .with(Label.OPINION, Optional.of(Label.REPORTED_FACT))
            .with(Label.OPINION, Optional.of(Label.OPINION))
            .with(Label.REPORTED_FACT, Optional.empty());

    @Test
    void every_keyed_label_gets_a_row_and_the_words_say_the_same() {
        String svg = ConfusionMatrixChart.of(matrix).getElement().getProperty("innerHTML");

        assertThat(svg).contains("F · Reported fact").contains("O · Opinion").contains("No answer");
        assertThat(svg).contains("Of 1 keyed reported fact: 1 with no answer. Of 2 keyed opinion: 1 reported fact, 1 opinion.");
    }

    @Test
    void the_view_box_keeps_its_capital_b_so_a_phone_can_shrink_the_chart() {
        assertThat(ConfusionMatrixChart.of(matrix).getElement().getProperty("innerHTML")).containsPattern("^<svg [^>]*viewBox=\"0 0 \\d+ \\d+\"");
    }

    @Test
    void markup_in_label_text_is_escaped() {
        assertThat(SvgMarkup.escape("<script>&\"")).isEqualTo("&lt;script&gt;&amp;&quot;");
    }
}
