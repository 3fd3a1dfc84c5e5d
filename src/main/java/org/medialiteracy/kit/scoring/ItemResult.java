package org.medialiteracy.kit.scoring;

/**
 * One scored item of an attempt, for a teacher's detail view and the detail export: which item, what the
 * key says, what the student answered (empty when nothing), and whether it counts as right.
 *
 * @param sentence the sentence index in the article, or -1 for items that are no sentence (a prediction)
 */
public record ItemResult(String exerciseId, int article, int sentence, String item, String key, String answer,
                         boolean correct) {
}
