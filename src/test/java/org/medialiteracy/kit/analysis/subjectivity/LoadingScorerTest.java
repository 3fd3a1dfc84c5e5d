package org.medialiteracy.kit.analysis.subjectivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.medialiteracy.kit.analysis.SubjectivityScorer;

class LoadingScorerTest {

    private static final SubjectivityScorer HALF = sentences -> new double[] {0.5};

    @Test
    void close_waits_until_the_load_has_ended() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        LoadingScorer scorer = LoadingScorer.start(() -> {
            awaitQuietly(release);
            return HALF;
        });
        Thread closing = Thread.ofPlatform().start(scorer::close);

        assertThat(closing.join(Duration.ofMillis(300))).as("closed while still loading").isFalse();
        release.countDown();
        assertThat(closing.join(Duration.ofSeconds(5))).isTrue();
    }

    @Test
    void questions_get_the_loaded_scorers_answers() {
        try (LoadingScorer scorer = LoadingScorer.start(() -> HALF)) {
            assertThat(scorer.subjectivity(List.of("Any sentence."))).containsExactly(0.5);
        }
    }

    @Test
    void a_failed_load_is_thrown_at_the_first_question_and_close_still_returns() {
        LoadingScorer scorer = LoadingScorer.start(() -> {
            throw new IllegalStateException("claim-model.json was trained on another encoder");
        });

        assertThatThrownBy(() -> scorer.subjectivity(List.of("Any sentence.")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("another encoder");
        scorer.close();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
