package org.medialiteracy.kit.analysis.subjectivity;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.medialiteracy.kit.analysis.Cue;
import org.medialiteracy.kit.analysis.Label;
import org.medialiteracy.kit.analysis.SubjectivityScorer;

/**
 * A scorer still loading on its own thread: questions wait for it, and {@link #close} waits for the load to
 * end, because a JVM that exits while ONNX Runtime builds its session crashes in native code.
 */
public final class LoadingScorer implements SubjectivityScorer, AutoCloseable {

    private final CompletableFuture<SubjectivityScorer> loading;

    private LoadingScorer(CompletableFuture<SubjectivityScorer> loading) {
        this.loading = loading;
    }

    static LoadingScorer start(Supplier<SubjectivityScorer> load) {
        CompletableFuture<SubjectivityScorer> loading = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("model-loader").start(() -> {
            try {
                loading.complete(load.get());
            } catch (RuntimeException | Error e) {
                loading.completeExceptionally(e);
            }
        });
        return new LoadingScorer(loading);
    }

    @Override
    public double[] subjectivity(List<String> sentences) {
        return loaded().subjectivity(sentences);
    }

    @Override
    public Label judgeClaim(String sentence, Label proposed, List<Cue> cues) {
        return loaded().judgeClaim(sentence, proposed, cues);
    }

    private SubjectivityScorer loaded() {
        return EmbeddingSubjectivityScorer.joined(loading);
    }

    /** Waits for the load to end, whether or not anyone asked a question; a failed load was reported then. */
    @Override
    public void close() {
        loading.exceptionally(failure -> null).join();
    }
}
