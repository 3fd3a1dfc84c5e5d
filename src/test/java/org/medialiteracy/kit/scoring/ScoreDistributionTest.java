package org.medialiteracy.kit.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.medialiteracy.kit.lesson.ExerciseType;

class ScoreDistributionTest {

    @Test
    void percents_fall_into_bins_with_100_in_the_last_and_unscored_attempts_apart() {
        // 0 %, 10 %, 55 %, 66.7 %, 100 %, 100 %, and one with nothing to score
        List<AttemptScore> scores = List.of(score(0, 10), score(1, 10), score(11, 20), score(2, 3), score(10, 10),
                score(4, 4), score(0, 0));

        ScoreDistribution distribution = ScoreDistribution.of(scores, 10);

        assertThat(distribution.bins()).extracting(ScoreDistribution.Bin::count)
                .containsExactly(1, 1, 0, 0, 0, 1, 1, 0, 0, 2);
        assertThat(distribution.unscored()).isEqualTo(1);
        assertThat(distribution.bins().getLast().label()).isEqualTo("90–100%");
    }

    @Test
    void a_bin_width_that_does_not_divide_100_is_refused() {
        assertThatThrownBy(() -> ScoreDistribution.of(List.of(), 30)).isInstanceOf(IllegalArgumentException.class);
    }

    private static AttemptScore score(int earned, int possible) {
        return new AttemptScore("ex", ExerciseType.LABEL_SENTENCES, earned, possible, Optional.empty(),
                Optional.empty(), Optional.empty(), List.of());
    }
}
