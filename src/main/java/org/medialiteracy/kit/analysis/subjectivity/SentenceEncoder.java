package org.medialiteracy.kit.analysis.subjectivity;

import ai.djl.huggingface.tokenizers.Encoding;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Sentence embeddings from the quantized all-MiniLM-L6-v2 that ships inside the langchain4j jar:
 * mean pooling over real tokens, L2-normalised, several sentences per ONNX call.
 */
final class SentenceEncoder implements AutoCloseable {

    static final int DIMENSION = 384;
    private static final String MODEL_RESOURCE = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER_RESOURCE = "/all-minilm-l6-v2-q-tokenizer.json";
    // News sentences are short; longer ones are cut rather than split, their start carries the tone.
    private static final int MAX_TOKENS = 256;
    private static final int BATCH_SIZE = 32;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean wantsTokenTypes;

    private SentenceEncoder(OrtEnvironment environment, OrtSession session, HuggingFaceTokenizer tokenizer) {
        this.environment = environment;
        this.session = session;
        this.tokenizer = tokenizer;
        this.wantsTokenTypes = session.getInputNames().contains("token_type_ids");
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
            OrtSession session = environment.createSession(model.readAllBytes(), options);
            HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson, Map.of(
                    "padding", "false", "truncation", "true", "maxLength", String.valueOf(MAX_TOKENS)));
            return new SentenceEncoder(environment, session, tokenizer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sentence embedding model", e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot start the sentence embedding model", e);
        }
    }

    /** One unit-length embedding per sentence, in input order. */
    float[][] encode(List<String> sentences) {
        Encoding[] encodings = sentences.stream().map(tokenizer::encode).toArray(Encoding[]::new);
        // Sorting by length keeps padding, and so wasted work, small inside each batch.
        int[] order = IntStream.range(0, encodings.length).boxed()
                .sorted(Comparator.comparingInt(i -> encodings[i].getIds().length))
                .mapToInt(Integer::intValue).toArray();
        float[][] embeddings = new float[encodings.length][];
        for (int from = 0; from < order.length; from += BATCH_SIZE) {
            int[] batch = Arrays.copyOfRange(order, from, Math.min(from + BATCH_SIZE, order.length));
            float[][] pooled = encodeBatch(batch, encodings);
            for (int k = 0; k < batch.length; k++) {
                embeddings[batch[k]] = pooled[k];
            }
        }
        return embeddings;
    }

    private float[][] encodeBatch(int[] batch, Encoding[] encodings) {
        int width = encodings[batch[batch.length - 1]].getIds().length;
        long[] ids = new long[batch.length * width];
        long[] mask = new long[batch.length * width];
        for (int k = 0; k < batch.length; k++) {
            long[] tokenIds = encodings[batch[k]].getIds();
            System.arraycopy(tokenIds, 0, ids, k * width, tokenIds.length);
            Arrays.fill(mask, k * width, k * width + tokenIds.length, 1L);
        }
        long[] shape = {batch.length, width};
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape));
            inputs.put("attention_mask", OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape));
            if (wantsTokenTypes) {
                inputs.put("token_type_ids", OnnxTensor.createTensor(environment,
                        LongBuffer.wrap(new long[ids.length]), shape));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                float[][][] hidden = (float[][][]) result.get(0).getValue();
                return meanPool(hidden, mask, width);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("sentence embedding failed", e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    private static float[][] meanPool(float[][][] hidden, long[] mask, int width) {
        float[][] pooled = new float[hidden.length][DIMENSION];
        for (int k = 0; k < hidden.length; k++) {
            int tokens = 0;
            for (int t = 0; t < width && mask[k * width + t] == 1L; t++, tokens++) {
                for (int d = 0; d < DIMENSION; d++) {
                    pooled[k][d] += hidden[k][t][d];
                }
            }
            normalise(pooled[k], tokens);
        }
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
