package org.medialiteracy.kit.classroom;

import java.time.Instant;
import org.medialiteracy.kit.scoring.ItemResult;

/** An item's result with the time the student last answered it (null when unanswered). */
public record AnsweredItem(ItemResult result, Instant answeredAt) {
}
