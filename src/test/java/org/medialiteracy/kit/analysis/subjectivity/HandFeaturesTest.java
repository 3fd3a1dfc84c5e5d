package org.medialiteracy.kit.analysis.subjectivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HandFeaturesTest {

    @Test
    void first_person_evaluation_and_question_are_seen() {
        double[] features = HandFeatures.of("Should I really call this a terrible decision?");

        assertTrue(features[HandFeatures.NAMES.indexOf("first_person")] > 0);
        assertTrue(features[HandFeatures.NAMES.indexOf("evaluative")] > 0);
        assertTrue(features[HandFeatures.NAMES.indexOf("obligation")] > 0);
        assertEquals(1, features[HandFeatures.NAMES.indexOf("question")]);
    }

    @Test
    void a_plain_report_has_no_voice_cues() {
        double[] features = HandFeatures.of("The meeting took place in Brussels on Wednesday.");

        for (String voice : new String[] {"first_person", "hedge", "obligation", "evaluative", "question"}) {
            assertEquals(0, features[HandFeatures.NAMES.indexOf(voice)], voice);
        }
        assertEquals(HandFeatures.NAMES.size(), features.length);
    }
}
