package org.medialiteracy.kit.classroom;

import java.time.Instant;

/** One stored answer of an attempt. */
public record GivenAnswer(String exerciseId, String item, String response, Instant answeredAt) {
}
