package org.medialiteracy.kit.analysis.subjectivity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medialiteracy.kit.analysis.subjectivity.LabelledTsv.Example;

class LabelledTsvTest {

    @Test
    void checkthat_columns_are_found_by_header_and_quotes_are_kept() throws URISyntaxException {
        List<Example> examples = LabelledTsv.readCheckThat(resource("checkthat-test-order.tsv"));

        assertEquals(List.of(new Example("It was a \"masterpiece\" of bad taste.", true),
                new Example("The vote was 52 to 48.", false)), examples);
    }

    @Test
    void extra_keys_map_opinion_to_subjective_and_other_labels_to_objective() throws URISyntaxException {
        List<Example> examples = LabelledTsv.readExtra(resource("extra-keys.tsv"));

        assertEquals(List.of(true, false, false, true), examples.stream().map(Example::subjective).toList());
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(LabelledTsvTest.class.getResource("/analysis/subjectivity/" + name).toURI());
    }
}
