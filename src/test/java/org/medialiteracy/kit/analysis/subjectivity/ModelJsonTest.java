package org.medialiteracy.kit.analysis.subjectivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ModelJsonTest {

    private static final JsonMapper DATA_BINDING = JsonMapper.builder().build();

    @Test
    void streams_the_bundled_models_to_the_values_data_binding_reads() throws IOException {
        assertSameAsDataBinding(SubjectivityModel.class, SubjectivityModel.RESOURCE);
        assertSameAsDataBinding(ClaimModel.class, ClaimModel.RESOURCE);
    }

    @Test
    void names_a_missing_property() {
        assertThatThrownBy(() -> read("{\"formatVersion\": 1, \"encoder\": \"e\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no 'handFeatures'");
    }

    @Test
    void refuses_a_value_of_the_wrong_type() {
        assertThatThrownBy(() -> read("{\"formatVersion\": \"one\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one is not a int");
    }

    @Test
    void passes_on_the_models_own_checks() {
        String json = "{\"formatVersion\": 1, \"encoder\": \"e\", \"handFeatures\": false, \"regularisationC\": 1,"
                + " \"threshold\": 0.5, \"bias\": 0, \"weights\": [1, 2], \"provenance\": \"p\"}";
        assertThatThrownBy(() -> read(json)).hasMessageContaining("needs 384 weights");
    }

    private static SubjectivityModel read(String json) {
        return ModelJson.read(SubjectivityModel.class,
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    private static <T extends Record> void assertSameAsDataBinding(Class<T> type, String resource) throws IOException {
        try (InputStream in = ModelJson.class.getResourceAsStream(resource)) {
            T bound = DATA_BINDING.readValue(in, type);
            assertThat(ModelJson.fromClasspath(type, resource)).usingRecursiveComparison().isEqualTo(bound);
        }
    }
}
