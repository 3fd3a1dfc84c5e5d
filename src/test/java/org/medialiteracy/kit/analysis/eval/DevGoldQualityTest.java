package org.medialiteracy.kit.analysis.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medialiteracy.kit.analysis.Analyzer;

/** A guard against regressions: the labeller's agreement with hand-labelled articles (development data). */
class DevGoldQualityTest {

    @Test
    void labeller_keeps_five_label_macro_f1_of_at_least_0_80_on_the_dev_gold() throws Exception {
        ConfusionMatrix matrix = new Evaluator(new Analyzer()).againstGold(devGold(), false);
        assertThat(matrix.total()).isEqualTo(269);
        assertThat(matrix.macroF1()).as(matrix.report()).isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void labeller_keeps_five_label_macro_f1_of_at_least_0_73_on_the_second_annotators_articles() throws Exception {
        ConfusionMatrix matrix = new Evaluator(new Analyzer()).againstGold(gold("independent-gold"), false);
        assertThat(matrix.total()).as("2295 sentences less 96 contested").isEqualTo(2199);
        assertThat(matrix.macroF1()).as(matrix.report()).isGreaterThanOrEqualTo(0.73);
    }

    private static List<Path> devGold() throws URISyntaxException, IOException {
        return gold("dev-gold");
    }

    private static List<Path> gold(String name) throws URISyntaxException, IOException {
        return GoldFiles.articlesIn(Path.of(DevGoldQualityTest.class.getResource("/analysis/" + name).toURI()));
    }
}
