package org.medialiteracy.kit.analysis;

import java.util.List;
import org.medialiteracy.kit.article.Article;
import org.medialiteracy.kit.article.Sentence;
import org.medialiteracy.kit.article.SentenceSplitter;

/**
 * The analysis engine's entry point: splits a text into sentences and labels each one with the
 * codebook's five labels, cues and an explanation. Thread-safe; the OpenNLP models load on first use.
 */
public final class Analyzer {

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final Labeller labeller;

    /** An analyzer that uses the rules alone. */
    public Analyzer() {
        this(null);
    }

    /** An analyzer whose rules ask a learned scorer when they cannot tell opinion from fact. */
    public Analyzer(SubjectivityScorer scorer) {
        this.labeller = new Labeller(scorer);
    }

    /** Labels an article; offsets point into {@code text} exactly as given. */
    public Analysis analyze(String text) {
        return new Analysis(labeller.label(splitter.split(text), true));
    }

    /** Labels an imported article; offsets point into {@link Article#text()}. */
    public Analysis analyze(Article article) {
        return analyze(article.text());
    }

    /**
     * Labels each line as one sentence on its own, with no context (no carry-over, "he said" counts as
     * named). The result has exactly one entry per line, in order; an empty line is an empty
     * {@link Label#NOT_A_CLAIM} entry. A final line break does not start another line.
     */
    public Analysis analyzeLines(String text) {
        List<Sentence> lines = splitter.splitLines(text);
        return new Analysis(labeller.label(lines, false));
    }
}
