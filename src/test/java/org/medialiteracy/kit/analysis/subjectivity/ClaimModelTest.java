package org.medialiteracy.kit.analysis.subjectivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.medialiteracy.kit.analysis.Cue;
import org.medialiteracy.kit.analysis.CueKind;
import org.medialiteracy.kit.analysis.Label;

class ClaimModelTest {

    private static final float[] EMBEDDING = new float[SentenceEncoder.DIMENSION];

    static {
        EMBEDDING[0] = 0.5f;
    }

    @Test
    void bundled_model_has_one_row_of_weights_per_label() {
        ClaimModel model = ClaimModel.fromClasspath();
        assertThat(model.weights().length).isEqualTo(3);
        assertThat(model.weights()[0]).hasSize(ClaimModel.FEATURES);
        assertThat(model.provenance()).contains("leave-one-set-out");
    }

    @Test
    void features_are_the_embedding_then_scaled_cue_counts_then_the_proposal() {
        List<Cue> cues = List.of(new Cue(0, 1, CueKind.HEDGE), new Cue(2, 3, CueKind.HEDGE),
                new Cue(4, 5, CueKind.NAMED_SOURCE));
        double[] features = ClaimModel.features(EMBEDDING, Label.UNSUPPORTED_ASSERTION, cues, 3);
        int cuesAt = SentenceEncoder.DIMENSION;
        int proposalAt = cuesAt + ClaimModel.CUE_KINDS.size();
        assertThat(features[0]).isEqualTo(0.5);
        assertThat(features[cuesAt + ClaimModel.CUE_KINDS.indexOf(CueKind.HEDGE)]).isCloseTo(3 * Math.log(3), within());
        assertThat(features[cuesAt + ClaimModel.CUE_KINDS.indexOf(CueKind.EVALUATIVE)]).isZero();
        assertThat(features[proposalAt]).isZero();
        assertThat(features[proposalAt + 1]).isEqualTo(3);
        assertThat(features[proposalAt + 2]).isZero();
    }

    @Test
    void decides_for_the_label_with_the_highest_score() {
        double[][] weights = new double[3][ClaimModel.FEATURES];
        int proposalAt = SentenceEncoder.DIMENSION + ClaimModel.CUE_KINDS.size();
        weights[0][proposalAt + 2] = 1; // a proposed fact leans to opinion
        ClaimModel model = new ClaimModel(ClaimModel.FORMAT_VERSION, "test", 1, 1, new double[] {0, 0.5, 0}, weights, "test");
        assertThat(model.decide(EMBEDDING, Label.REPORTED_FACT, List.of())).isEqualTo(Label.OPINION);
        assertThat(model.decide(EMBEDDING, Label.OPINION, List.of())).isEqualTo(Label.UNSUPPORTED_ASSERTION);
    }

    @Test
    void rejects_weights_of_the_wrong_shape() {
        assertThatThrownBy(() -> new ClaimModel(ClaimModel.FORMAT_VERSION, "test", 1, 1, new double[3],
                new double[3][5], "test")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClaimModel(2, "test", 1, 1, new double[3],
                new double[3][ClaimModel.FEATURES], "test")).isInstanceOf(IllegalArgumentException.class);
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }
}
