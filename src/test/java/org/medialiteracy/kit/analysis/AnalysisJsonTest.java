package org.medialiteracy.kit.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnalysisJsonTest {

    @Test
    void writes_the_one_shared_json_shape() {
        Analysis analysis = new Analysis(List.of(new LabelledSentence(0, 6, "Follow", Label.NOT_A_CLAIM,
                List.of(new Cue(0, 6, CueKind.RESIDUE)), "Not a claim: 'Follow' is leftover text.")));
        assertThat(AnalysisJson.write(analysis)).isEqualTo(
                "{\"sentences\":[{\"start\":0,\"end\":6,\"text\":\"Follow\",\"label\":\"NOT_A_CLAIM\","
                        + "\"cues\":[{\"start\":0,\"end\":6,\"kind\":\"RESIDUE\"}],"
                        + "\"explanation\":\"Not a claim: 'Follow' is leftover text.\"}]}");
    }
}
