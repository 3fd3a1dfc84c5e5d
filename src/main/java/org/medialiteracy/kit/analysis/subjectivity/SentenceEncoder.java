package org.medialiteracy.kit.analysis.subjectivity;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 fine-tuned to tell subjective from objective sentences
 * (tools/encoder, docs/labeller-training.md), quantized to int8: mean pooling over the tokens, L2-normalised.
 */
final class SentenceEncoder implements AutoCloseable {

    static final int DIMENSION = 384;
    static final String NAME = "all-MiniLM-L6-v2 fine-tuned on CheckThat! 2025 train+dev, int8, mean pooled,"
            + " L2-normalised";
    private static final String MODEL_RESOURCE = "sentence-encoder.onnx";
    private static final String TOKENIZER_RESOURCE = "sentence-encoder-tokenizer.json";
    // News sentences are short; longer ones are cut rather than split, their start carries the tone.
    private static final int MAX_TOKENS = 256;
    private static final String DJL_OFFLINE = "ai.djl.offline";

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean wantsTokenTypes;
    private final String identity;

    private SentenceEncoder(OrtEnvironment environment, OrtSession session, HuggingFaceTokenizer tokenizer,
                            String identity) {
        this.environment = environment;
        this.session = session;
        this.tokenizer = tokenizer;
        this.wantsTokenTypes = session.getInputNames().contains("token_type_ids");
        this.identity = identity;
    }

    /**
     * Name and fingerprint of these weights, recorded in every model trained on their embeddings so that a
     * model trained on another encoder, or on an earlier training of this one, is refused.
     */
    String identity() {
        return identity;
    }

    /** 64 bits from two hardware-assisted CRCs: 5 ms where SHA-256 cost 130 ms of every cold start. */
    private static String identityOf(byte[] model) {
        CRC32C crc32c = new CRC32C();
        crc32c.update(model);
        CRC32 crc32 = new CRC32();
        crc32.update(model);
        return NAME + ", crc " + HexFormat.of().toHexDigits(crc32c.getValue() << 32 | crc32.getValue());
    }

    /**
     * DJL otherwise phones home on first use (EC2 metadata, then a telemetry URL) and may fetch native code:
     * a classroom tool must not, and the probe cost a cold start about 0.3 s. The tokenizer's library ships
     * in its jar, so offline mode loses nothing.
     */
    private static void stayOffline() {
        if (System.getProperty(DJL_OFFLINE) == null) {
            System.setProperty(DJL_OFFLINE, "true");
        }
    }

    /** Loads the model from the classpath with one intra-op and one inter-op thread. */
    static SentenceEncoder load() {
        try (InputStream model = resource(MODEL_RESOURCE);
             InputStream tokenizerJson = resource(TOKENIZER_RESOURCE);
             OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            byte[] weights = model.readAllBytes();
            OrtSession session = environment.createSession(weights, options);
            stayOffline();
            HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson, Map.of(
                    "padding", "false", "truncation", "true", "maxLength", String.valueOf(MAX_TOKENS)));
            return new SentenceEncoder(environment, session, tokenizer, identityOf(weights));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sentence embedding model", e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot start the sentence embedding model", e);
        }
    }

    /**
     * One unit-length embedding per sentence, in input order. Each sentence gets its own ONNX call:
     * the quantized model scales activations per call, so batching would make a sentence's score depend
     * on its neighbours, and on one thread it was barely faster (docs/labeller-training.md).
     */
    float[][] encode(List<String> sentences) {
        float[][] embeddings = new float[sentences.size()][];
        for (int i = 0; i < embeddings.length; i++) {
            embeddings[i] = encode(tokenizer.encode(sentences.get(i)).getIds());
        }
        return embeddings;
    }

    private float[] encode(long[] tokenIds) {
        long[] shape = {1, tokenIds.length};
        long[] mask = new long[tokenIds.length];
        Arrays.fill(mask, 1L);
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(tokenIds), shape));
            inputs.put("attention_mask", OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape));
            if (wantsTokenTypes) {
                inputs.put("token_type_ids", OnnxTensor.createTensor(environment,
                        LongBuffer.wrap(new long[tokenIds.length]), shape));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                return meanPool(((float[][][]) result.get(0).getValue())[0]);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("sentence embedding failed", e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    private static float[] meanPool(float[][] tokens) {
        float[] pooled = new float[DIMENSION];
        for (float[] token : tokens) {
            for (int d = 0; d < DIMENSION; d++) {
                pooled[d] += token[d];
            }
        }
        normalise(pooled, tokens.length);
        return pooled;
    }

    private static void normalise(float[] vector, int tokens) {
        double norm = 0;
        for (int d = 0; d < vector.length; d++) {
            vector[d] /= tokens;
            norm += vector[d] * vector[d];
        }
        float scale = (float) (1.0 / Math.max(Math.sqrt(norm), 1e-12));
        for (int d = 0; d < vector.length; d++) {
            vector[d] *= scale;
        }
    }

    private static InputStream resource(String name) {
        InputStream stream = SentenceEncoder.class.getResourceAsStream(name);
        if (stream == null) {
            throw new IllegalStateException("missing classpath resource " + name);
        }
        return stream;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("cannot close the sentence embedding model", e);
        }
        tokenizer.close();
    }
}
