package org.medialiteracy.kit.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The English OpenNLP models, each loaded from the classpath once per JVM on first use (loading
 * is slow). The models are thread-safe; the tools that use them are not, so each thread gets its own.
 */
public final class NlpModels {

    private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private static final ThreadLocal<SentenceDetectorME> SENTENCES =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(SentenceHolder.MODEL));
    private static final ThreadLocal<TokenizerME> TOKENS =
            ThreadLocal.withInitial(() -> new TokenizerME(TokenHolder.MODEL));
    private static final ThreadLocal<POSTaggerME> TAGS =
            ThreadLocal.withInitial(() -> new POSTaggerME(PosHolder.MODEL));

    private NlpModels() {
    }

    /** This thread's sentence detector. */
    public static SentenceDetectorME sentenceDetector() {
        return SENTENCES.get();
    }

    /** This thread's tokenizer. */
    public static TokenizerME tokenizer() {
        return TOKENS.get();
    }

    /** This thread's part-of-speech tagger (Universal Dependencies tags: PROPN, NOUN, VERB…). */
    public static POSTaggerME posTagger() {
        return TAGS.get();
    }

    private static InputStream open(String resource) {
        InputStream in = NlpModels.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + resource + " is missing from the classpath");
        }
        return in;
    }

    // Holder classes: the JVM loads each model the first time it is needed, once, thread-safely.
    private static final class SentenceHolder {
        static final SentenceModel MODEL = load();

        private static SentenceModel load() {
            try (InputStream in = open(SENTENCE_MODEL)) {
                return new SentenceModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class TokenHolder {
        static final TokenizerModel MODEL = load();

        private static TokenizerModel load() {
            try (InputStream in = open(TOKEN_MODEL)) {
                return new TokenizerModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class PosHolder {
        static final POSModel MODEL = load();

        private static POSModel load() {
            try (InputStream in = open(POS_MODEL)) {
                return new POSModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
