package org.medialiteracy.kit.analysis.subjectivity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads the bundled model files from the classpath and writes retrained ones, as indented JSON. */
final class ModelJson {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ModelJson() {
    }

    static <T> T fromClasspath(Class<T> type, String resource) {
        try (InputStream in = ModelJson.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + resource);
            }
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static void write(Object model, Path file) {
        JSON.writeValue(file.toFile(), model);
    }
}
