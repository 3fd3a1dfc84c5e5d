package org.medialiteracy.kit.analysis;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an {@link Analysis} as the kit's one JSON shape, shared by the CLI, REST and UI:
 * {@code {"sentences":[{"start":0,"end":97,"text":"…","label":"NOT_A_CLAIM",
 * "cues":[{"start":0,"end":6,"kind":"RESIDUE"}],"explanation":"…"}]}}.
 */
public final class AnalysisJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private AnalysisJson() {
    }

    public static String write(Analysis analysis) {
        return MAPPER.writeValueAsString(toTree(analysis));
    }

    /** The same JSON as a tree, for callers that embed it in a larger document. */
    public static ObjectNode toTree(Analysis analysis) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode sentences = root.putArray("sentences");
        for (LabelledSentence sentence : analysis.sentences()) {
            ObjectNode node = sentences.addObject();
            node.put("start", sentence.start());
            node.put("end", sentence.end());
            node.put("text", sentence.text());
            node.put("label", sentence.label().name());
            ArrayNode cues = node.putArray("cues");
            for (Cue cue : sentence.cues()) {
                cues.addObject().put("start", cue.start()).put("end", cue.end()).put("kind", cue.kind().name());
            }
            node.put("explanation", sentence.explanation());
        }
        return root;
    }
}
