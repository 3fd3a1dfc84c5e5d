package org.medialiteracy.kit.analysis;

import java.io.StringWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes an {@link Analysis} as the kit's one JSON shape, shared by the CLI, REST and UI:
 * {@code {"sentences":[{"start":0,"end":97,"text":"…","label":"NOT_A_CLAIM",
 * "cues":[{"start":0,"end":6,"kind":"RESIDUE"}],"explanation":"…"}]}}.
 */
public final class AnalysisJson {

    // Streaming, not data-binding: loading jackson-databind cost a cold CLI run about 0.27 s on one core.
    private static final JsonFactory JSON = new JsonFactory();

    private AnalysisJson() {
    }

    public static String write(Analysis analysis) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
            json.writeStartObject();
            json.writeName("sentences");
            json.writeStartArray();
            for (LabelledSentence sentence : analysis.sentences()) {
                write(sentence, json);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return out.toString();
    }

    private static void write(LabelledSentence sentence, JsonGenerator json) {
        json.writeStartObject();
        json.writeNumberProperty("start", sentence.start());
        json.writeNumberProperty("end", sentence.end());
        json.writeStringProperty("text", sentence.text());
        json.writeStringProperty("label", sentence.label().name());
        json.writeName("cues");
        json.writeStartArray();
        for (Cue cue : sentence.cues()) {
            json.writeStartObject();
            json.writeNumberProperty("start", cue.start());
            json.writeNumberProperty("end", cue.end());
            json.writeStringProperty("kind", cue.kind().name());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeStringProperty("explanation", sentence.explanation());
        json.writeEndObject();
    }
}
