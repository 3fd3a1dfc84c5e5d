package org.medialiteracy.kit.export.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.medialiteracy.kit.classroom.AssignmentResults;
import org.medialiteracy.kit.classroom.AttemptChoice;
import org.medialiteracy.kit.classroom.ScoredAttempt;
import org.medialiteracy.kit.classroom.StudentResult;
import org.medialiteracy.kit.export.ExportFixtures;
import org.medialiteracy.kit.export.ExportFormat;
import org.medialiteracy.kit.export.ExportOptions;
import org.medialiteracy.kit.export.ExportWriter;
import org.medialiteracy.kit.lesson.Lesson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Writing one assignment's export for 10,000 students with one submitted attempt each (26 items per attempt,
 * scored by the real scorer on the shipped "fact or opinion" lesson). Run from the project root; the command
 * is in docs/exports.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExportBenchmark {

    private static final int STUDENTS = 10_000;

    @Param({"CANVAS", "MOODLE", "GOOGLE", "DETAIL", "JSON"})
    public ExportFormat format;

    private List<AssignmentResults> results;
    private ExportOptions options;

    @Setup(Level.Trial)
    public void tenThousandAttempts() {
        Lesson lesson = ExportFixtures.lesson();
        int items = ExportFixtures.attempt(lesson, 0, 1, 0, ExportFixtures.SUBMITTED, false).items().size();
        List<ScoredAttempt> scored = new ArrayList<>();
        for (int right = 0; right <= items; right++) {
            scored.add(ExportFixtures.attempt(lesson, right, 1, right, ExportFixtures.SUBMITTED, false));
        }
        List<StudentResult> students = new ArrayList<>(STUDENTS);
        for (int i = 0; i < STUDENTS; i++) {
            ScoredAttempt shape = scored.get(i % scored.size());
            // Own id, time and lateness per student; the scored items are shared, as they are immutable.
            ScoredAttempt attempt = new ScoredAttempt(i, 1 + i % 3, shape.pointsEarned(), shape.pointsPossible(),
                    ExportFixtures.SUBMITTED.plus(Duration.ofSeconds(i)), i % 7 == 0, shape.scores(), shape.items());
            students.add(ExportFixtures.submitted(ExportFixtures.student(i + 1, "student" + i, "Student Number" + i),
                    attempt));
        }
        results = List.of(ExportFixtures.results(7, "Fact or opinion", lesson, students));
        options = new ExportOptions(format, AttemptChoice.BEST, true);
    }

    @Benchmark
    public void export(Blackhole blackhole) throws IOException {
        ExportWriter.write(results, options, Instant.EPOCH, new CountingStream(blackhole));
    }

    /** Discards the bytes but hands them to JMH, so the writing cannot be optimised away. */
    private static final class CountingStream extends OutputStream {

        private final Blackhole blackhole;

        CountingStream(Blackhole blackhole) {
            this.blackhole = blackhole;
        }

        @Override
        public void write(int b) {
            blackhole.consume(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            blackhole.consume(bytes);
            blackhole.consume(length);
        }
    }
}
