package org.medialiteracy.kit.classroom;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.medialiteracy.kit.analysis.Label;
import org.medialiteracy.kit.lesson.Exercise;
import org.medialiteracy.kit.lesson.KeyedSentence;
import org.medialiteracy.kit.lesson.Lesson;
import org.medialiteracy.kit.lesson.LessonFiles;
import org.medialiteracy.kit.lesson.SeedTexts;
import org.medialiteracy.kit.scoring.Answers;
import org.medialiteracy.kit.scoring.ItemAnalysis;
import org.medialiteracy.kit.scoring.ScoreDistribution;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What opening an assignment's dashboard computes for a class of 200 who all submitted: scoring each attempt
 * item by item, the item analysis, the class confusion matrix and the score spread. The database part is two
 * queries (attempts, answers), whatever the class size.
 *
 * <p>Run (after {@code ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt
 * -Dmdep.includeScope=test}): {@code java -cp target/test-classes:target/classes:$(cat target/test-cp.txt)
 * org.openjdk.jmh.Main DashboardBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DashboardBenchmark {

    static final int STUDENTS = 200;
    private Lesson lesson;
    private final List<Attempt> attempts = new ArrayList<>();
    private final List<List<Answer>> answers = new ArrayList<>();

    @Setup
    public void aClassOf200WhoAllSubmitted() throws ReflectiveOperationException {
        lesson = new LessonFiles(SeedTexts.directory(Path.of("seeds"))).read(Path.of("lessons", "brussels-corridors-label.json"));
        Random random = new Random(42);
        Field id = Attempt.class.getDeclaredField("id");
        id.setAccessible(true);
        Instant at = Instant.parse("2026-09-01T09:00:00Z");
        for (long student = 1; student <= STUDENTS; student++) {
            Attempt attempt = new Attempt(1L, student, 1, at);
            id.set(attempt, student);
            attempt.submit(at.plusSeconds(600), false);
            List<Answer> given = new ArrayList<>();
            for (Exercise exercise : lesson.exercises()) {
                for (KeyedSentence item : exercise.scoredItems(lesson, 0)) {
                    Label label = random.nextInt(4) == 0 ? Label.values()[random.nextInt(5)] : item.label();
                    given.add(new Answer(new Answer.Key(student, exercise.id(), String.valueOf(item.index())),
                            label.name(), at.plusSeconds(item.index())));
                }
            }
            attempts.add(attempt);
            answers.add(given);
        }
    }

    @Benchmark
    public Object openDashboardForAClassOf200() {
        List<ScoredAttempt> scored = new ArrayList<>(STUDENTS);
        for (int i = 0; i < STUDENTS; i++) {
            scored.add(GradebookService.score(lesson, attempts.get(i), answers.get(i)));
        }
        List<Object> analyses = new ArrayList<>();
        for (Exercise exercise : lesson.exercises()) {
            List<Answers.Labels> labels = scored.stream().map(a -> DashboardService.labelsOf(a, exercise)).toList();
            analyses.add(ItemAnalysis.of(lesson, exercise, labels));
        }
        analyses.add(ScoreDistribution.ofPercents(scored.stream().map(ScoredAttempt::percent).toList(), 10));
        return analyses;
    }
}
