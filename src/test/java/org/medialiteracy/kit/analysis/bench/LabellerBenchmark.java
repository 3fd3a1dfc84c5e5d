package org.medialiteracy.kit.analysis.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.medialiteracy.kit.analysis.Analysis;
import org.medialiteracy.kit.analysis.Analyzer;
import org.medialiteracy.kit.analysis.subjectivity.EmbeddingSubjectivityScorer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.json.JsonMapper;

/**
 * Throughput of the labeller, in sentences per second on one thread: each invocation analyses the five
 * seed articles of the development gold set (their sentence count is {@value #SEED_SENTENCES}).
 *
 * <p>Run: {@code ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt
 * -Dmdep.includeScope=test} then
 * {@code java -cp target/test-classes:target/classes:$(cat target/test-cp.txt) org.openjdk.jmh.Main LabellerBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class LabellerBenchmark {

    static final int SEED_SENTENCES = 269;
    private static final List<String> SEEDS = List.of(
            "000_2d726a9310d6e3bb", "001_3c5f39f6eb4c3430", "002_9a50414fe2a426c9", "003_d0645f8cbe1136b9",
            "004_e8df73df068b8d8d");

    /** The shipped labeller uses the learned part; rules alone show what it costs. */
    @Param({"with-model", "rules-only"})
    public String labeller;

    private Analyzer analyzer;
    private List<String> articles;

    @Setup
    public void loadSeedsAndWarmModels() {
        analyzer = labeller.equals("with-model") ? new Analyzer(EmbeddingSubjectivityScorer.load()) : new Analyzer();
        JsonMapper mapper = JsonMapper.builder().build();
        articles = new ArrayList<>();
        for (String seed : SEEDS) {
            try (InputStream in = LabellerBenchmark.class.getResourceAsStream("/analysis/dev-gold/" + seed + ".json")) {
                articles.add(mapper.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8)).path("text").asString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        int sentences = articles.stream().mapToInt(text -> analyzer.analyze(text).sentences().size()).sum();
        if (sentences != SEED_SENTENCES) {
            throw new IllegalStateException("the seeds now split into " + sentences
                    + " sentences; update SEED_SENTENCES so the score stays in sentences per second");
        }
    }

    @Benchmark
    @OperationsPerInvocation(SEED_SENTENCES)
    public int labelSeedArticles() {
        int labelled = 0;
        for (String article : articles) {
            Analysis analysis = analyzer.analyze(article);
            labelled += analysis.sentences().size();
        }
        return labelled;
    }
}
